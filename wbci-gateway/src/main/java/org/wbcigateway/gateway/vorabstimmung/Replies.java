package org.wbcigateway.gateway.vorabstimmung;

import java.time.LocalDate;
import java.util.List;
import org.wbcigateway.domain.code.Meldungscode;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.message.Abbruchmeldung;
import org.wbcigateway.domain.message.AbbruchmeldungTechnRessource;
import org.wbcigateway.domain.message.Anfrage;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Meldungsposition;
import org.wbcigateway.domain.message.Storno;
import org.wbcigateway.domain.message.Terminverschiebung;
import org.wbcigateway.domain.message.UebernahmeRessource;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;

/** The negative answers the gateway composes: an ABBM to a request, an ABBM-TR to an AKM-TR (spec §5.2). */
public final class Replies {

    private Replies() {
    }

    /**
     * An ABBM to a VA, TV or Storno. To a TV it carries the agreed (unchanged) Wechseltermin and the AenderungsIdRef,
     * to a Storno the StornoIdRef; the Begruendung is always given (mandatory for 8116 and Stornos).
     */
    public static Abbruchmeldung abbm(Anfrage request, CarrierCode self, List<Meldungsposition> positionen,
                                      String begruendung, LocalDate agreedWechseltermin) {
        Geschaeftsfall answered;
        LocalDate wechseltermin = null;
        if (request instanceof Vorabstimmungsanfrage va) {
            answered = va.geschaeftsfall();
        } else if (request instanceof Terminverschiebung) {
            answered = Geschaeftsfall.TVS_VA;
            wechseltermin = agreedWechseltermin;
        } else {
            answered = ((Storno) request).art().answeredAs();
        }
        return new Abbruchmeldung(self, request.endkundenvertragspartner(), request.vorabstimmungsId(), answered,
                positionen, wechseltermin,
                request instanceof Storno s ? s.stornoId() : null,
                request instanceof Terminverschiebung tv ? tv.aenderungsId() : null,
                begruendung);
    }

    public static Abbruchmeldung abbm(Anfrage request, CarrierCode self, Meldungscode code, String begruendung,
                                      LocalDate agreedWechseltermin) {
        return abbm(request, self, List.of(Meldungsposition.of(code)), begruendung, agreedWechseltermin);
    }

    public static AbbruchmeldungTechnRessource abbmTr(UebernahmeRessource akm, CarrierCode self, Meldungscode code,
                                                      Geschaeftsfall geschaeftsfall) {
        return new AbbruchmeldungTechnRessource(self, akm.endkundenvertragspartner(), akm.vorabstimmungsId(),
                geschaeftsfall, List.of(Meldungsposition.of(code)));
    }
}
