package org.wbcigateway.domain.message;

/** The four Storno kinds: Aufhebung (cancel) or Aenderung (change), by EKPauf or EKPabg. */
public enum StornoArt {
    AUFHEBUNG_EKP_AUF(MessageType.STR_AUFH_AUF, Rolle.EKP_AUF, Geschaeftsfall.STR_AUF),
    AENDERUNG_EKP_AUF(MessageType.STR_AEN_AUF, Rolle.EKP_AUF, Geschaeftsfall.STR_AEN),
    AUFHEBUNG_EKP_ABG(MessageType.STR_AUFH_ABG, Rolle.EKP_ABG, Geschaeftsfall.STR_AUF),
    AENDERUNG_EKP_ABG(MessageType.STR_AEN_ABG, Rolle.EKP_ABG, Geschaeftsfall.STR_AEN);

    private final MessageType type;
    private final Rolle sender;
    private final Geschaeftsfall answeredAs;

    StornoArt(MessageType type, Rolle sender, Geschaeftsfall answeredAs) {
        this.type = type;
        this.sender = sender;
        this.answeredAs = answeredAs;
    }

    public MessageType type() {
        return type;
    }

    public Rolle sender() {
        return sender;
    }

    /** The Geschaeftsfall of the ERLM or ABBM answering this Storno: STR-AUF or STR-AEN. */
    public Geschaeftsfall answeredAs() {
        return answeredAs;
    }

    public boolean isAufhebung() {
        return answeredAs == Geschaeftsfall.STR_AUF;
    }

    /** EKPabg Stornos need a Stornogrund; EKPauf Stornos carry none. */
    public boolean needsStornogrund() {
        return sender == Rolle.EKP_ABG;
    }

    /** The Storno a party sends: Aufhebung (cancel) or Aenderung (change). */
    public static StornoArt of(boolean aufhebung, Rolle sender) {
        for (StornoArt art : values()) {
            if (art.isAufhebung() == aufhebung && art.sender == sender) {
                return art;
            }
        }
        throw new IllegalArgumentException(sender + " sends no Storno");
    }

    public static StornoArt of(MessageType type) {
        for (StornoArt art : values()) {
            if (art.type == type) {
                return art;
            }
        }
        throw new IllegalArgumentException(type + " is not a Storno");
    }
}
