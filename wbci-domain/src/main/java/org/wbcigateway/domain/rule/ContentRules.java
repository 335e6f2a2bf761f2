package org.wbcigateway.domain.rule;

import java.util.List;
import java.util.Objects;
import org.wbcigateway.domain.code.Meldungscode;
import org.wbcigateway.domain.message.Abbruchmeldung;
import org.wbcigateway.domain.message.AbbruchmeldungTechnRessource;
import org.wbcigateway.domain.message.Anfrage;
import org.wbcigateway.domain.message.Erledigtmeldung;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Meldung;
import org.wbcigateway.domain.message.MessageType;
import org.wbcigateway.domain.message.Rolle;
import org.wbcigateway.domain.message.RueckmeldungVorabstimmung;
import org.wbcigateway.domain.message.Storno;
import org.wbcigateway.domain.message.Terminverschiebung;
import org.wbcigateway.domain.message.UebernahmeRessource;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.domain.message.WbciMessage;

/**
 * Checks the content rules a message must satisfy beyond its schema: on its own ({@link #check}) and as the answer
 * to a given request ({@link #checkAnswer}). Stateless and thread-safe.
 */
public final class ContentRules {

    /** Every rule a message must satisfy on its own. */
    public List<Violation> check(WbciMessage message) {
        Findings f = new Findings();
        var ekp = message.endkundenvertragspartner();
        f.require(
                !ekp.ekpAuf().equals(ekp.ekpAbg()), ContentRule.EKP_DISTINCT, "EKPauf and EKPabg are " + ekp.ekpAuf());
        checkAbsender(message, f);
        if (message instanceof Anfrage anfrage) {
            f.require(
                    anfrage.id().issuer().equals(message.absender()),
                    ContentRule.ID_PREFIX,
                    anfrage.id().value() + " sent by " + message.absender());
        }
        if (message instanceof Vorabstimmungsanfrage va) {
            VorabstimmungsanfrageRules.check(va, f);
        } else if (message instanceof RueckmeldungVorabstimmung ruem) {
            RueckmeldungRules.check(ruem, f);
        } else if (message instanceof UebernahmeRessource akm) {
            UebernahmeRessourceRules.check(akm, f);
        } else if (message instanceof AbbruchmeldungTechnRessource abbmTr) {
            f.require(
                    abbmTr.geschaeftsfall().isKuendigung(),
                    ContentRule.AKMTR_NOT_RRNP,
                    "ABBM-TR for " + abbmTr.geschaeftsfall().code());
        } else if (message instanceof Abbruchmeldung abbm) {
            AbbruchmeldungRules.check(abbm, f);
        } else if (message instanceof Erledigtmeldung erlm) {
            ErledigtmeldungRules.check(erlm, f);
        }
        return f.list();
    }

    /** The rules that tie a Meldung to the request it answers (the VA for RUEM-VA/ABBM, or the TV or Storno). */
    public List<Violation> checkAnswer(Meldung answer, Anfrage answered) {
        Findings f = new Findings();
        f.require(
                answer.vorabstimmungsId().equals(answered.vorabstimmungsId()),
                ContentRule.ANSWER_REFERENCE,
                "VorabstimmungsIdRef " + answer.vorabstimmungsId() + " answering " + answered.vorabstimmungsId());
        Geschaeftsfall expected = answered.answeredAs();
        f.require(
                answer.geschaeftsfall() == expected,
                ContentRule.ANSWER_GESCHAEFTSFALL,
                answer.geschaeftsfall().code() + " answering " + expected.code());
        Object reference = null;
        if (answer instanceof Abbruchmeldung abbm) {
            reference = answered instanceof Storno ? abbm.stornoIdRef() : abbm.aenderungsIdRef();
        } else if (answer instanceof Erledigtmeldung erlm) {
            reference = answered instanceof Storno ? erlm.stornoIdRef() : erlm.aenderungsIdRef();
        }
        if (!(answered instanceof Vorabstimmungsanfrage) && reference != null) {
            f.require(
                    Objects.equals(reference, answered.id()),
                    ContentRule.ANSWER_REFERENCE,
                    "reference " + reference + " answering " + answered.id().value());
        }
        if (answer instanceof RueckmeldungVorabstimmung ruem && answered instanceof Vorabstimmungsanfrage va) {
            List<Meldungscode> codes = RueckmeldungRules.codes(ruem);
            boolean sameDate = ruem.wechseltermin().equals(va.kundenwunschtermin());
            f.require(
                    !codes.contains(Meldungscode.ZWA) || sameDate,
                    ContentRule.RUEMVA_ZWA_DATE,
                    "ZWA with Wechseltermin " + ruem.wechseltermin() + ", KWT " + va.kundenwunschtermin());
            f.require(
                    !codes.contains(Meldungscode.NAT) || !sameDate,
                    ContentRule.RUEMVA_NAT_DATE,
                    "NAT with Wechseltermin equal to the KWT " + va.kundenwunschtermin());
        }
        if (answer instanceof Erledigtmeldung erlm
                && answered instanceof Terminverschiebung tv
                && erlm.wechseltermin() != null) {
            f.require(
                    erlm.wechseltermin().equals(tv.neuerKundenwunschtermin()),
                    ContentRule.ERLM_TV_DATE,
                    "ERLM date " + erlm.wechseltermin() + ", TV asked for " + tv.neuerKundenwunschtermin());
        }
        return f.list();
    }

    private static void checkAbsender(WbciMessage message, Findings f) {
        var ekp = message.endkundenvertragspartner();
        MessageType.Sender sender = message.type().sender();
        boolean ok = switch (sender) {
            case EKP_AUF -> message.absender().equals(ekp.of(Rolle.EKP_AUF));
            case EKP_ABG -> message.absender().equals(ekp.of(Rolle.EKP_ABG));
            case RECEIVER_OF_REQUEST ->
                answersRequestOfEkpAuf(message)
                        ? message.absender().equals(ekp.of(Rolle.EKP_ABG))
                        : ekp.rolleOf(message.absender()).isPresent();
        };
        f.require(ok, ContentRule.ABSENDER_ROLE, message.type().abbreviation() + " from " + message.absender());
    }

    /** ABBM/ERLM to a VA or a TV come from the EKPabg; to a Storno from whoever did not send it. */
    private static boolean answersRequestOfEkpAuf(WbciMessage message) {
        Geschaeftsfall gf = ((Meldung) message).geschaeftsfall();
        return gf.isVorabstimmung() || gf == Geschaeftsfall.TVS_VA;
    }
}
