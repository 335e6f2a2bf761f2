package org.wbcigateway.wire.v2.complex;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;

/**
 * Ressource of a RUEM-VA (hand-written binding of complex:RessourceType, see wbci-v2.xjb).
 * The schema guarantees at least one of the four values and their order.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(
        name = "RessourceType",
        propOrder = {"vertragsnummer", "lineID", "identifizierer", "kennungTNBabg"})
public class RessourceType {

    protected String vertragsnummer;
    protected String lineID;
    protected String identifizierer;
    protected String kennungTNBabg;

    public String getVertragsnummer() {
        return vertragsnummer;
    }

    public void setVertragsnummer(String value) {
        this.vertragsnummer = value;
    }

    public String getLineID() {
        return lineID;
    }

    public void setLineID(String value) {
        this.lineID = value;
    }

    public String getIdentifizierer() {
        return identifizierer;
    }

    public void setIdentifizierer(String value) {
        this.identifizierer = value;
    }

    public String getKennungTNBabg() {
        return kennungTNBabg;
    }

    public void setKennungTNBabg(String value) {
        this.kennungTNBabg = value;
    }
}
