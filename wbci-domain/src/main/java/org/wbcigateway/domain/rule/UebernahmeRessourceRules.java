package org.wbcigateway.domain.rule;

import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.UebernahmeRessource;

/** AKM-TR content (spec §5.3): KUE only; PKIauf present for MRN, absent for ORN. */
final class UebernahmeRessourceRules {

    private UebernahmeRessourceRules() {}

    static void check(UebernahmeRessource akm, Findings f) {
        Geschaeftsfall gf = akm.geschaeftsfall();
        f.require(gf.isKuendigung(), ContentRule.AKMTR_NOT_RRNP, "AKM-TR for " + gf.code());
        boolean hasPki = akm.portierungskennungPKIauf() != null;
        if (gf == Geschaeftsfall.VA_KUE_MRN) {
            f.require(hasPki, ContentRule.AKMTR_PKIAUF_REQUIRED, "AKM-TR for VA-KUE-MRN without PKIauf");
        } else if (gf == Geschaeftsfall.VA_KUE_ORN) {
            f.require(!hasPki, ContentRule.AKMTR_PKIAUF_FORBIDDEN, "AKM-TR for VA-KUE-ORN with PKIauf");
        }
    }
}
