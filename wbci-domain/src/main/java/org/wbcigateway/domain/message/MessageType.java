package org.wbcigateway.domain.message;

/** The 13 message kinds of spec §3 (the TEQ is the synchronous response, not a message of its own). */
public enum MessageType {
    VA_KUE_MRN("VA-KUE-MRN", Sender.EKP_AUF, true),
    VA_KUE_ORN("VA-KUE-ORN", Sender.EKP_AUF, true),
    VA_RRNP("VA-RRNP", Sender.EKP_AUF, true),
    TV("TV", Sender.EKP_AUF, true),
    STR_AUFH_AUF("STR-AUFH-AUF", Sender.EKP_AUF, true),
    STR_AEN_AUF("STR-AEN-AUF", Sender.EKP_AUF, true),
    STR_AUFH_ABG("STR-AUFH-ABG", Sender.EKP_ABG, true),
    STR_AEN_ABG("STR-AEN-ABG", Sender.EKP_ABG, true),
    RUEM_VA("RUEM-VA", Sender.EKP_ABG, false),
    ABBM("ABBM", Sender.RECEIVER_OF_REQUEST, false),
    AKM_TR("AKM-TR", Sender.EKP_AUF, false),
    ABBM_TR("ABBM-TR", Sender.EKP_ABG, false),
    ERLM("ERLM", Sender.RECEIVER_OF_REQUEST, false);

    /** Who may send a message of this kind. */
    public enum Sender {
        EKP_AUF,
        EKP_ABG,
        RECEIVER_OF_REQUEST
    }

    private final String abbreviation;
    private final Sender sender;
    private final boolean anfrage;

    MessageType(String abbreviation, Sender sender, boolean anfrage) {
        this.abbreviation = abbreviation;
        this.sender = sender;
        this.anfrage = anfrage;
    }

    /** WBCI's abbreviation, e.g. {@code RUEM-VA}. */
    public String abbreviation() {
        return abbreviation;
    }

    public Sender sender() {
        return sender;
    }

    /** A request (sent in {@code annehmenAnfrageRequest}); otherwise a Meldung. */
    public boolean isAnfrage() {
        return anfrage;
    }

    public boolean isVorabstimmungsanfrage() {
        return this == VA_KUE_MRN || this == VA_KUE_ORN || this == VA_RRNP;
    }

    public boolean isStorno() {
        return this == STR_AUFH_AUF || this == STR_AEN_AUF || this == STR_AUFH_ABG || this == STR_AEN_ABG;
    }

    public static MessageType ofVorabstimmung(Geschaeftsfall geschaeftsfall) {
        return switch (geschaeftsfall) {
            case VA_KUE_MRN -> VA_KUE_MRN;
            case VA_KUE_ORN -> VA_KUE_ORN;
            case VA_RRNP -> VA_RRNP;
            default -> throw new IllegalArgumentException(geschaeftsfall + " is not a Vorabstimmung");
        };
    }
}
