package org.wbcigateway.domain.message;

import java.util.List;
import org.wbcigateway.domain.id.InvalidValueException;

/** Structure common to the Meldungen and of the positions of one Meldung type (spec §5.2): 1..99, codes of §4, content of its position type. */
final class Positions {

    private Positions() {}

    static List<Meldungsposition> check(MessageType type, List<Meldungsposition> positionen) {
        List<Meldungsposition> copy = Cardinality.list("Position", positionen, 1, 99);
        for (Meldungsposition p : copy) {
            if (!p.meldungscode().mayBeCarriedBy(type)) {
                throw new InvalidValueException(
                        "Meldungscode " + p.meldungscode().code() + " is not allowed in " + type.abbreviation());
            }
            if (p.adresseAbweichend() != null && type != MessageType.RUEM_VA) {
                throw new InvalidValueException("adresseAbweichend exists only in RUEM-VA positions");
            }
            if (!p.rufnummern().isEmpty() && type != MessageType.ABBM) {
                throw new InvalidValueException("rufnummer exists only in ABBM positions");
            }
        }
        return copy;
    }

    /** The children every Meldung starts with: Absender, Endkundenvertragspartner, VorabstimmungsIdRef. */
    static void header(
            org.wbcigateway.domain.id.CarrierCode absender,
            Endkundenvertragspartner ekp,
            org.wbcigateway.domain.id.VorabstimmungsId vorabstimmungsIdRef) {
        Cardinality.required("Absender", absender);
        Cardinality.required("Endkundenvertragspartner", ekp);
        Cardinality.required("VorabstimmungsIdRef", vorabstimmungsIdRef);
    }

    static Geschaeftsfall vorabstimmung(String element, Geschaeftsfall g) {
        if (!Cardinality.required(element, g).isVorabstimmung()) {
            throw new InvalidValueException(element + " must be VA-KUE-MRN, VA-KUE-ORN or VA-RRNP, not " + g.code());
        }
        return g;
    }
}
