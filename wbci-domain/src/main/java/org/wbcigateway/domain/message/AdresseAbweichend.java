package org.wbcigateway.domain.message;

import org.wbcigateway.domain.code.Meldungscode;
import org.wbcigateway.domain.id.SimpleType;

/** {@code adresseAbweichend}: exactly one corrected address attribute with its correct value. */
public record AdresseAbweichend(Attribut attribut, String wert) {

    /** The attribute a correction names, with the ADA code that must carry it. */
    public enum Attribut {
        STRASSENNAME(SimpleType.STRASSENNAME, Meldungscode.ADASTR),
        HAUSNUMMER(SimpleType.HAUSNUMMER, Meldungscode.ADAHSNR),
        POSTLEITZAHL(SimpleType.POSTLEITZAHL, Meldungscode.ADAPLZ),
        ORT(SimpleType.ORT, Meldungscode.ADAORT);

        private final SimpleType type;
        private final Meldungscode adaCode;

        Attribut(SimpleType type, Meldungscode adaCode) {
            this.type = type;
            this.adaCode = adaCode;
        }

        public SimpleType type() {
            return type;
        }

        public Meldungscode adaCode() {
            return adaCode;
        }
    }

    public AdresseAbweichend {
        Cardinality.required("adresseAbweichend attribute", attribut);
        attribut.type().require(wert);
    }
}
