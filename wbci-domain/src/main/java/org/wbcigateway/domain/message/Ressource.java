package org.wbcigateway.domain.message;

import org.wbcigateway.domain.id.InvalidValueException;
import org.wbcigateway.domain.id.LineId;
import org.wbcigateway.domain.id.Portierungskennung;
import org.wbcigateway.domain.id.SimpleType;

/** A technical resource of the line in a RUEM-VA (KUE): at least one of its four identifiers. */
public record Ressource(String vertragsnummer, LineId lineId, String identifizierer, Portierungskennung kennungTNBabg) {

    public Ressource {
        SimpleType.VERTRAGSNUMMER.requireOptional(vertragsnummer);
        SimpleType.IDENTIFIZIERER.requireOptional(identifizierer);
        if (vertragsnummer == null && lineId == null && identifizierer == null && kennungTNBabg == null) {
            throw new InvalidValueException(
                    "Ressource needs at least one of vertragsnummer, lineID, identifizierer, kennungTNBabg");
        }
    }
}
