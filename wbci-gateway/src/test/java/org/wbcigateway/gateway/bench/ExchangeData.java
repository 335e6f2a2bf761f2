package org.wbcigateway.gateway.bench;

import java.util.Locale;
import java.util.Map;
import org.wbcigateway.gateway.support.Gateway;

/**
 * The exchange of the issue-7 benchmarks, VA-KUE-MRN: A (DEU.AAAA, EKPauf) sends the VA, B (DEU.BBBB, EKPabg,
 * decision mode AUTOMATIC) finds customer {@code i}'s contract in its built-in CRM and answers RUEM-VA ZWA by itself,
 * A sends AKM-TR with the contract's number, which B's rules confirm (no answer message). REST bodies per customer.
 */
final class ExchangeData {

    static final String KWT = "2026-12-16";
    private static final String JOHN = "{\"person\":{\"anrede\":\"1\",\"vorname\":\"John\",\"nachname\":\"Kunde\"}}";
    private static final String STANDORT = "{\"strassenname\":\"Emmy-Noether-Straße\",\"hausnummer\":\"2\","
            + "\"postleitzahl\":\"80992\",\"ort\":\"München\"}";

    private ExchangeData() {}

    static String number(int i) {
        return String.format(Locale.ROOT, "7%07d", i);
    }

    static String vertragsnummer(int i) {
        return String.format(Locale.ROOT, "W%09d", i);
    }

    private static String einzel(int i) {
        return "{\"rufnummern\":[{\"onkz\":\"30\",\"rufnummer\":\"" + number(i) + "\"}]}";
    }

    /** B's contract of customer i, ending before the wish date: B's rules answer RUEM-VA ZWA. */
    static String contract(int i) {
        return "{\"status\":\"ACTIVE\",\"inhaber\":" + JOHN + ",\"weitereInhaber\":[],\"standort\":" + STANDORT
                + ",\"einzelanschluss\":" + einzel(i) + ",\"technologie\":\"001 TAL ISDN\",\"ressourcen\":[{"
                + "\"vertragsnummer\":\"" + vertragsnummer(i) + "\",\"identifizierer\":\"I" + i
                + "\",\"kennungTNBabg\":\"D0BB\"}],\"earliestEnd\":\"2026-12-01\"}";
    }

    static String va(int i) {
        return "{\"geschaeftsfall\":\"VA-KUE-MRN\",\"ekpAbg\":\"DEU.BBBB\",\"kundenwunschtermin\":\"" + KWT
                + "\",\"endkunde\":" + JOHN + ",\"weitereAnschlussinhaber\":[],\"standort\":" + STANDORT
                + ",\"rufnummernPortierung\":{\"einzelanschluss\":" + einzel(i)
                + ",\"portierungszeitfenster\":\"ZF2\"}}";
    }

    static String akmTr(int i) {
        return "{\"ressourcenuebernahme\":true,\"uebernahmeLeitungen\":[{\"vertragsnummer\":\"" + vertragsnummer(i)
                + "\"}],\"sichererHafen\":true}";
    }

    /** Settings of B: answers by itself. */
    static Map<String, String> automatic() {
        return Map.of("wbci.decision.mode", "AUTOMATIC");
    }

    static void putContract(Gateway b, int i) {
        b.put("/api/crm/contracts/C-" + i, contract(i));
    }
}
