package org.wbcigateway.domain.message;

import org.wbcigateway.domain.id.Portierungskennung;

/** {@code zuPortierendeOnkzRnr} in a RUEM-VA: the number and its PKIabg. */
public record PortierteRufnummer(Rufnummer rufnummer, Portierungskennung portierungskennungPKIabg) {

    public PortierteRufnummer {
        Cardinality.required("zuPortierendeOnkzRnr", rufnummer);
        Cardinality.required("portierungskennungPKIabg", portierungskennungPKIabg);
    }
}
