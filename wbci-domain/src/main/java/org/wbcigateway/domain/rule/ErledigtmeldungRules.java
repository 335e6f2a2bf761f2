package org.wbcigateway.domain.rule;

import org.wbcigateway.domain.code.Meldungscode;
import org.wbcigateway.domain.message.Erledigtmeldung;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Meldungsposition;

/** ERLM content (spec §3, §5.2): answers a TV with 8003 and the new date, a Storno with 8004. */
final class ErledigtmeldungRules {

    private ErledigtmeldungRules() {}

    static void check(Erledigtmeldung erlm, Findings f) {
        Geschaeftsfall gf = erlm.geschaeftsfall();
        f.require(!gf.isVorabstimmung(), ContentRule.ERLM_ANSWERS_CHANGE, "ERLM answering " + gf.code());
        if (gf.isVorabstimmung()) {
            return;
        }
        boolean tv = gf == Geschaeftsfall.TVS_VA;
        Meldungscode expected = tv ? Meldungscode.TV_ERLEDIGT : Meldungscode.STORNO_ERLEDIGT;
        for (Meldungsposition p : erlm.positionen()) {
            f.require(
                    p.meldungscode() == expected,
                    ContentRule.ERLM_CODE,
                    p.meldungscode().code() + " in an ERLM answering " + gf.code());
        }
        if (tv) {
            f.require(
                    erlm.wechseltermin() != null,
                    ContentRule.ERLM_TV_WECHSELTERMIN,
                    "ERLM to a TV without Wechseltermin");
            f.require(
                    erlm.aenderungsIdRef() != null,
                    ContentRule.ERLM_TV_REFERENCE,
                    "ERLM to a TV without AenderungsIdRef");
        } else {
            f.require(
                    erlm.stornoIdRef() != null,
                    ContentRule.ERLM_STORNO_REFERENCE,
                    "ERLM to a Storno without StornoIdRef");
        }
        f.require(
                tv || erlm.aenderungsIdRef() == null,
                ContentRule.REFERENCE_FITS_ANSWER,
                "AenderungsIdRef in an ERLM answering " + gf.code());
        f.require(
                !tv || erlm.stornoIdRef() == null,
                ContentRule.REFERENCE_FITS_ANSWER,
                "StornoIdRef in an ERLM answering " + gf.code());
    }
}
