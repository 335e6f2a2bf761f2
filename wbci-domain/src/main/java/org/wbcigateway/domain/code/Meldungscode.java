package org.wbcigateway.domain.code;

import static org.wbcigateway.domain.message.MessageType.ABBM;
import static org.wbcigateway.domain.message.MessageType.ABBM_TR;
import static org.wbcigateway.domain.message.MessageType.AKM_TR;
import static org.wbcigateway.domain.message.MessageType.ERLM;
import static org.wbcigateway.domain.message.MessageType.RUEM_VA;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.wbcigateway.domain.message.MessageType;

/**
 * The Meldungscode catalogue of spec §4: code, short name, standard text (German, as senders write it) and the
 * Meldungen that may carry the code. Receivers act on the code only.
 */
public enum Meldungscode {
    ZWA("8001", "ZWA", "Zustimmung zum Wunschtermin", RUEM_VA),
    NAT("8002", "NAT", "Zustimmung mit neuem Ausfuehrungstermin", RUEM_VA),
    TV_ERLEDIGT("8003", null, "Terminverschiebung erledigt", ERLM),
    STORNO_ERLEDIGT("8004", null, "Storno erledigt", ERLM),
    AKM_TR_UEBERNAHME("8010", null, "Antwort des aufnehmenden Anbieters", AKM_TR),
    RNG("8103", "RNG", "Rufnummer nicht geschaltet oder nicht im Bestand", ABBM),
    ADAPLZ("8104", "ADAPLZ", "Abweichende Postleitzahl", RUEM_VA),
    ADAORT("8105", "ADAORT", "Abweichender Ort", RUEM_VA),
    ADASTR("8106", "ADASTR", "Abweichende Strasse", RUEM_VA),
    ADAHSNR("8107", "ADAHSNR", "Abweichende Hausnummer", RUEM_VA),
    ADFPLZ("8108", "ADFPLZ", "Postleitzahl falsch", ABBM),
    ADFORT("8109", "ADFORT", "Ort falsch", ABBM),
    ADFSTR("8110", "ADFSTR", "Strasse falsch", ABBM),
    ADFHSNR("8111", "ADFHSNR", "Hausnummer falsch", ABBM),
    AIF("8112", "AIF", "Anschlussinhaber falsch", ABBM),
    AIFVN("8113", "AIFVN", "Anschlussinhaber falsch - Vorname", ABBM),
    WAI("8114", "WAI", "Weitere Anschlussinhaber falsch oder fehlend", ABBM),
    BVID("8115", "BVID", "ID bereits verwendet", ABBM),
    SONST("8116", "SONST", "Sonstiges", ABBM),
    KNI("8117", "KNI", "Kunde nicht identifizierbar", ABBM),
    VAE("8118", "VAE", "Vorabstimmung bereits vorhanden", ABBM),
    VA_ID_UNBEKANNT("8140", null, "Vorabstimmungs-ID unbekannt", ABBM, ABBM_TR),
    TV_ABGELEHNT("8141", null, "Terminverschiebung abgelehnt", ABBM),
    STORNO_ABGELEHNT("8142", null, "Storno abgelehnt", ABBM),
    WITA_VERTRAGSNUMMER_UNBEKANNT("8143", null, "WITA-Vertragsnummer unbekannt", ABBM_TR),
    LINE_ID_UNBEKANNT("8144", null, "Line-ID unbekannt", ABBM_TR),
    WITA_VERTRAGSNUMMER_FREMD("8145", null, "WITA-Vertragsnummer gehoert nicht zur Vorabstimmung", ABBM_TR),
    LINE_ID_FREMD("8146", null, "Line-ID gehoert nicht zur Vorabstimmung", ABBM_TR),
    UEBERNAHME_NICHT_MOEGLICH("8147", null, "Uebernahme der technischen Ressource nicht moeglich", ABBM_TR),
    UEBERNAHME_BEREITS_BESTAETIGT("8148", null, "Uebernahme bereits bestaetigt", ABBM_TR),
    UPK("8149", "UPK", "Projektkenner unbekannt", ABBM);

    private final String code;
    private final String kurzname;
    private final String standardtext;
    private final Set<MessageType> carriedBy;

    Meldungscode(String code, String kurzname, String standardtext, MessageType first, MessageType... more) {
        this.code = code;
        this.kurzname = kurzname;
        this.standardtext = standardtext;
        this.carriedBy = EnumSet.of(first, more);
    }

    public String code() {
        return code;
    }

    /** The catalogue's short name (e.g. {@code ZWA}), where §4 gives one. */
    public Optional<String> kurzname() {
        return Optional.ofNullable(kurzname);
    }

    public String standardtext() {
        return standardtext;
    }

    /** The Meldungen that may carry this code. */
    public Set<MessageType> carriedBy() {
        return EnumSet.copyOf(carriedBy);
    }

    public boolean mayBeCarriedBy(MessageType type) {
        return carriedBy.contains(type);
    }

    /** An ADA code: address deviates, RUEM-VA carries the corrected value. */
    public boolean isAdresseAbweichend() {
        return this == ADAPLZ || this == ADAORT || this == ADASTR || this == ADAHSNR;
    }

    public static Optional<Meldungscode> find(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }

    public static Meldungscode fromCode(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("unknown Meldungscode: " + code));
    }

    /** The codes a Meldung of this type may carry, in catalogue order. */
    public static Set<Meldungscode> allowedFor(MessageType type) {
        EnumSet<Meldungscode> allowed = EnumSet.noneOf(Meldungscode.class);
        Arrays.stream(values()).filter(c -> c.mayBeCarriedBy(type)).forEach(allowed::add);
        return allowed;
    }
}
