package org.wbcigateway.simulator.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A business answer the simulator sends, after the TEQ, in a SOAP call of its own. Absent fields take the
 * catalogue's standard content (interop catalogue §4.4).
 *
 * @param message            {@code RUEM-VA}, {@code ABBM}, {@code ABBM-TR} or {@code ERLM}
 * @param delayMs            wait this long after the TEQ (default 0)
 * @param codes              Meldungscodes, one position each (default: RUEM-VA 8001, ERLM 8003/8004, ABBM to a TV
 *                           8141, to a Storno 8142, ABBM-TR 8147; an ABBM to a VA needs codes)
 * @param adresseAbweichend  RUEM-VA: corrections by attribute ({@code ORT}, {@code POSTLEITZAHL},
 *                           {@code STRASSENNAME}, {@code HAUSNUMMER}); each adds its ADA position
 * @param wechseltermin      RUEM-VA: an ISO date, or {@code KWT+<n>} working days after the VA's KWT (default: the KWT)
 * @param begruendung        ABBM: the Begründung (default {@code Storno} for a Storno, {@code Sonstiges} with 8116)
 * @param rufnummern         ABBM with RNG 8103: the listed numbers as {@code "<ONKZ> <rufnummer>"} (default: the VA's)
 */
public record Answer(
        String message,
        Long delayMs,
        List<String> codes,
        Map<String, String> adresseAbweichend,
        String wechseltermin,
        String begruendung,
        List<String> rufnummern) {

    public Answer {
        codes = codes == null ? List.of() : List.copyOf(codes);
        adresseAbweichend = adresseAbweichend == null ? Map.of() : new LinkedHashMap<>(adresseAbweichend);
        rufnummern = rufnummern == null ? List.of() : List.copyOf(rufnummern);
    }

    public static Answer of(String message, String... codes) {
        return new Answer(message, null, List.of(codes), null, null, null, null);
    }

    public Answer delay(long millis) {
        return new Answer(message, millis, codes, adresseAbweichend, wechseltermin, begruendung, rufnummern);
    }

    public Answer ada(String attribut, String wert) {
        Map<String, String> ada = new LinkedHashMap<>(adresseAbweichend);
        ada.put(attribut, wert);
        return new Answer(message, delayMs, codes, ada, wechseltermin, begruendung, rufnummern);
    }

    public Answer wechseltermin(String value) {
        return new Answer(message, delayMs, codes, adresseAbweichend, value, begruendung, rufnummern);
    }

    public Answer begruendung(String value) {
        return new Answer(message, delayMs, codes, adresseAbweichend, wechseltermin, value, rufnummern);
    }

    public Answer rufnummern(String... numbers) {
        List<String> all = new ArrayList<>(List.of(numbers));
        return new Answer(message, delayMs, codes, adresseAbweichend, wechseltermin, begruendung, all);
    }

    public long delay() {
        return delayMs == null ? 0 : delayMs;
    }
}
