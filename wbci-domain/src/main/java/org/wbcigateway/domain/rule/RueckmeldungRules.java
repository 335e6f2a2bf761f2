package org.wbcigateway.domain.rule;

import java.util.List;
import org.wbcigateway.domain.code.Meldungscode;
import org.wbcigateway.domain.message.AdresseAbweichend;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Meldungsposition;
import org.wbcigateway.domain.message.PortierteRufnummernbloecke;
import org.wbcigateway.domain.message.PortierterRufnummernblock;
import org.wbcigateway.domain.message.RueckmeldungVorabstimmung;

/** RUEM-VA content (spec §4, §5.3). */
final class RueckmeldungRules {

    private RueckmeldungRules() {}

    static void check(RueckmeldungVorabstimmung ruem, Findings f) {
        Geschaeftsfall gf = ruem.geschaeftsfall();
        long zwaNat = ruem.positionen().stream()
                .filter(p -> p.meldungscode() == Meldungscode.ZWA || p.meldungscode() == Meldungscode.NAT)
                .count();
        f.require(zwaNat == 1, ContentRule.RUEMVA_ONE_ZWA_OR_NAT, zwaNat + " positions with ZWA or NAT");
        for (Meldungsposition p : ruem.positionen()) {
            Meldungscode code = p.meldungscode();
            AdresseAbweichend korrektur = p.adresseAbweichend();
            if (code.isAdresseAbweichend()) {
                f.require(
                        korrektur != null && korrektur.attribut().adaCode() == code,
                        ContentRule.RUEMVA_ADA_ATTRIBUTE,
                        code.code() + " with " + (korrektur == null ? "no adresseAbweichend" : korrektur.attribut()));
                f.require(
                        gf != Geschaeftsfall.VA_RRNP, ContentRule.RUEMVA_NO_ADA_RRNP, code.code() + " in " + gf.code());
            } else {
                f.require(
                        korrektur == null,
                        ContentRule.RUEMVA_ADRESSE_ONLY_ADA,
                        code.code() + " with adresseAbweichend");
            }
        }
        f.require(gf.isKuendigung() || ruem.technologie() == null, ContentRule.RUEMVA_TECHNOLOGIE_ONLY_KUE, gf.code());
        f.require(gf.isKuendigung() || ruem.ressourcen().isEmpty(), ContentRule.RUEMVA_RESSOURCE_ONLY_KUE, gf.code());
        f.require(
                gf.portsNumbers() || ruem.rufnummernPortierung() == null,
                ContentRule.RUEMVA_RUFNUMMERN_ONLY_PORTING,
                gf.code());
        if (ruem.rufnummernPortierung() instanceof PortierteRufnummernbloecke bloecke) {
            NumberBlockRules.check(
                    bloecke.bloecke().stream()
                            .map(PortierterRufnummernblock::block)
                            .toList(),
                    f);
        }
    }

    static List<Meldungscode> codes(RueckmeldungVorabstimmung ruem) {
        return ruem.positionen().stream().map(Meldungsposition::meldungscode).toList();
    }
}
