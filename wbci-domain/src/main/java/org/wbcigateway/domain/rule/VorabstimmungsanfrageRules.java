package org.wbcigateway.domain.rule;

import org.wbcigateway.domain.message.Anlagenanschluss;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;

/** Required and forbidden parts of a VA per Geschaeftsfall (spec §2, §5.1) and its number blocks. */
final class VorabstimmungsanfrageRules {

    private VorabstimmungsanfrageRules() {}

    static void check(Vorabstimmungsanfrage va, Findings f) {
        Geschaeftsfall gf = va.geschaeftsfall();
        String name = gf.code();
        if (gf.isKuendigung()) {
            f.require(va.standort() != null, ContentRule.VA_STANDORT_REQUIRED, name + " without Standort");
        } else {
            f.require(va.standort() == null, ContentRule.VA_STANDORT_FORBIDDEN, name + " with Standort");
        }
        if (gf.portsNumbers()) {
            f.require(
                    va.rufnummernPortierung() != null,
                    ContentRule.VA_RUFNUMMERNPORTIERUNG_REQUIRED,
                    name + " without RufnummernPortierung");
        } else {
            f.require(
                    va.rufnummernPortierung() == null,
                    ContentRule.VA_RUFNUMMERNPORTIERUNG_FORBIDDEN,
                    name + " with RufnummernPortierung");
        }
        f.require(
                va.anschlussidentifikation() == null || gf == Geschaeftsfall.VA_KUE_ORN,
                ContentRule.VA_ANSCHLUSSIDENTIFIKATION_ONLY_ORN,
                name + " with Anschlussidentifikation");
        if (va.rufnummernPortierung() != null) {
            boolean hasPki = va.rufnummernPortierung().portierungskennungPKIauf() != null;
            if (gf == Geschaeftsfall.VA_RRNP) {
                f.require(hasPki, ContentRule.VA_PKIAUF_REQUIRED, name + " without PortierungskennungPKIauf");
            } else {
                f.require(!hasPki, ContentRule.VA_PKIAUF_FORBIDDEN, name + " with PortierungskennungPKIauf");
            }
            if (va.rufnummernPortierung().rufnummern() instanceof Anlagenanschluss anlage) {
                NumberBlockRules.check(anlage.bloecke(), f);
            }
        }
    }
}
