package org.wbcigateway.domain.rule;

import org.wbcigateway.domain.code.Meldungscode;
import org.wbcigateway.domain.message.Abbruchmeldung;
import org.wbcigateway.domain.message.Geschaeftsfall;

/** ABBM content (spec §4, §5.3): what an answer to a TV or a Storno carries; Begruendung with 8116. */
final class AbbruchmeldungRules {

    private AbbruchmeldungRules() {}

    static void check(Abbruchmeldung abbm, Findings f) {
        Geschaeftsfall gf = abbm.geschaeftsfall();
        boolean tv = gf == Geschaeftsfall.TVS_VA;
        boolean storno = gf == Geschaeftsfall.STR_AUF || gf == Geschaeftsfall.STR_AEN;
        if (tv) {
            f.require(
                    abbm.wechseltermin() != null,
                    ContentRule.ABBM_TV_WECHSELTERMIN,
                    "ABBM to a TV without Wechseltermin");
            f.require(
                    abbm.aenderungsIdRef() != null,
                    ContentRule.ABBM_TV_REFERENCE,
                    "ABBM to a TV without AenderungsIdRef");
        }
        if (storno) {
            f.require(
                    abbm.stornoIdRef() != null,
                    ContentRule.ABBM_STORNO_REFERENCE,
                    "ABBM to a Storno without StornoIdRef");
            f.require(
                    abbm.begruendung() != null,
                    ContentRule.ABBM_STORNO_BEGRUENDUNG,
                    "ABBM to a Storno without Begruendung");
        }
        f.require(
                tv || abbm.aenderungsIdRef() == null,
                ContentRule.REFERENCE_FITS_ANSWER,
                "AenderungsIdRef in an ABBM answering " + gf.code());
        f.require(
                storno || abbm.stornoIdRef() == null,
                ContentRule.REFERENCE_FITS_ANSWER,
                "StornoIdRef in an ABBM answering " + gf.code());
        boolean sonst = abbm.positionen().stream().anyMatch(p -> p.meldungscode() == Meldungscode.SONST);
        f.require(!sonst || abbm.begruendung() != null, ContentRule.ABBM_SONST_BEGRUENDUNG, "8116 without Begruendung");
    }
}
