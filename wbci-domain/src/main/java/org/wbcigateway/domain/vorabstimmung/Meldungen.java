package org.wbcigateway.domain.vorabstimmung;

import java.time.LocalDate;
import java.util.List;
import org.wbcigateway.domain.code.Meldungscode;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.message.Abbruchmeldung;
import org.wbcigateway.domain.message.AbbruchmeldungTechnRessource;
import org.wbcigateway.domain.message.Anfrage;
import org.wbcigateway.domain.message.Erledigtmeldung;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Meldungsposition;
import org.wbcigateway.domain.message.Storno;
import org.wbcigateway.domain.message.Terminverschiebung;
import org.wbcigateway.domain.message.UebernahmeRessource;

/**
 * The answers to a request, built the one way spec §5.2 asks: the Geschaeftsfall the request is answered as
 * ({@link Anfrage#answeredAs()}), the reference to it, and what the answer to a TV carries.
 */
public final class Meldungen {

    private Meldungen() {}

    /**
     * An ABBM to a VA, TV or Storno. To a TV it carries the agreed (unchanged) Wechseltermin and the AenderungsIdRef,
     * to a Storno the StornoIdRef.
     *
     * @param agreedWechseltermin the Wechseltermin agreed so far; used only when answering a TV
     */
    public static Abbruchmeldung abbm(
            Anfrage request,
            CarrierCode self,
            List<Meldungsposition> positionen,
            String begruendung,
            LocalDate agreedWechseltermin) {
        return new Abbruchmeldung(
                self,
                request.endkundenvertragspartner(),
                request.vorabstimmungsId(),
                request.answeredAs(),
                positionen,
                request instanceof Terminverschiebung ? agreedWechseltermin : null,
                request instanceof Storno s ? s.stornoId() : null,
                request instanceof Terminverschiebung tv ? tv.aenderungsId() : null,
                begruendung);
    }

    public static Abbruchmeldung abbm(
            Anfrage request, CarrierCode self, Meldungscode code, String begruendung, LocalDate agreedWechseltermin) {
        return abbm(request, self, List.of(Meldungsposition.of(code)), begruendung, agreedWechseltermin);
    }

    /** An ABBM-TR to an AKM-TR, for a Vorabstimmung of this Geschaeftsfall. */
    public static AbbruchmeldungTechnRessource abbmTr(
            UebernahmeRessource akm,
            CarrierCode self,
            List<Meldungsposition> positionen,
            Geschaeftsfall geschaeftsfall) {
        return new AbbruchmeldungTechnRessource(
                self, akm.endkundenvertragspartner(), akm.vorabstimmungsId(), geschaeftsfall, positionen);
    }

    /** The ERLM to a TV (8003, the TV's date becomes the Wechseltermin) or to a Storno (8004). */
    public static Erledigtmeldung erlm(Anfrage changeRequest, CarrierCode self) {
        return erlm(
                changeRequest,
                self,
                List.of(Meldungsposition.of(
                        changeRequest instanceof Terminverschiebung
                                ? Meldungscode.TV_ERLEDIGT
                                : Meldungscode.STORNO_ERLEDIGT)));
    }

    /** An ERLM to a TV or Storno with these positions (a partner may send others than the standard code). */
    public static Erledigtmeldung erlm(Anfrage changeRequest, CarrierCode self, List<Meldungsposition> positionen) {
        if (changeRequest instanceof Terminverschiebung tv) {
            return new Erledigtmeldung(
                    self,
                    tv.endkundenvertragspartner(),
                    tv.vorabstimmungsId(),
                    tv.answeredAs(),
                    positionen,
                    tv.neuerKundenwunschtermin(),
                    null,
                    tv.aenderungsId());
        }
        if (changeRequest instanceof Storno storno) {
            return new Erledigtmeldung(
                    self,
                    storno.endkundenvertragspartner(),
                    storno.vorabstimmungsId(),
                    storno.answeredAs(),
                    positionen,
                    null,
                    storno.stornoId(),
                    null);
        }
        throw new IllegalArgumentException("an ERLM answers a TV or a Storno, not " + changeRequest.type());
    }
}
