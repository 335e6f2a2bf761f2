package org.wbcigateway.domain.message;

import org.wbcigateway.domain.id.Portierungskennung;

/** {@code zuPortierenderRufnummernblock} in a RUEM-VA: the block and its PKIabg. */
public record PortierterRufnummernblock(Rufnummernblock block, Portierungskennung portierungskennungPKIabg) {

    public PortierterRufnummernblock {
        Cardinality.required("zuPortierenderRufnummernblock", block);
        Cardinality.required("portierungskennungPKIabg", portierungskennungPKIabg);
    }
}
