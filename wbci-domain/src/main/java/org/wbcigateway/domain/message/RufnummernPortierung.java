package org.wbcigateway.domain.message;

import org.wbcigateway.domain.id.Portierungskennung;

/**
 * {@code RufnummernPortierung} of a VA: the numbers, the porting window and, for VA-RRNP only, the EKPauf's
 * PortierungskennungPKIauf (whether it must be present is a per-Geschaeftsfall content rule).
 */
public record RufnummernPortierung(
        Rufnummern rufnummern,
        Portierungszeitfenster portierungszeitfenster,
        Portierungskennung portierungskennungPKIauf) {

    public RufnummernPortierung {
        Cardinality.required("RufnummernPortierung numbers", rufnummern);
        Cardinality.required("Portierungszeitfenster", portierungszeitfenster);
    }
}
