package org.wbcigateway.simulator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wbcigateway.domain.code.Meldungscode;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.Portierungskennung;
import org.wbcigateway.domain.message.Abbruchmeldung;
import org.wbcigateway.domain.message.AdresseAbweichend;
import org.wbcigateway.domain.message.Anfrage;
import org.wbcigateway.domain.message.Anlagenanschluss;
import org.wbcigateway.domain.message.Einzelanschluss;
import org.wbcigateway.domain.message.Erledigtmeldung;
import org.wbcigateway.domain.message.Meldung;
import org.wbcigateway.domain.message.Meldungsposition;
import org.wbcigateway.domain.message.PortierteEinzelrufnummern;
import org.wbcigateway.domain.message.PortierteRufnummer;
import org.wbcigateway.domain.message.PortierteRufnummern;
import org.wbcigateway.domain.message.PortierteRufnummernbloecke;
import org.wbcigateway.domain.message.PortierterRufnummernblock;
import org.wbcigateway.domain.message.RueckmeldungVorabstimmung;
import org.wbcigateway.domain.message.Rufnummer;
import org.wbcigateway.domain.message.Storno;
import org.wbcigateway.domain.message.Terminverschiebung;
import org.wbcigateway.domain.message.UebernahmeRessource;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.domain.message.WbciMessage;
import org.wbcigateway.domain.state.ChangeRequest;
import org.wbcigateway.domain.vorabstimmung.AnswerKind;
import org.wbcigateway.domain.vorabstimmung.Meldungen;
import org.wbcigateway.simulator.scenario.Answer;

/** Builds the business answer a rule asks for, from the message it answers and the standard data set. */
final class Answers {

    private final CarrierCode self;
    private final Portierungskennung pki;
    private final Journal journal;

    Answers(CarrierCode self, Portierungskennung pki, Journal journal) {
        this.self = self;
        this.pki = pki;
        this.journal = journal;
    }

    Meldung build(WbciMessage received, Answer answer) {
        String kind = answer.message();
        if (received instanceof Vorabstimmungsanfrage va) {
            if ("RUEM-VA".equals(kind)) {
                return ruemVa(va, answer);
            }
            if ("ABBM".equals(kind)) {
                return abbmToVa(va, answer);
            }
        } else if (received instanceof UebernahmeRessource akmTr && "ABBM-TR".equals(kind)) {
            return Meldungen.abbmTr(
                    akmTr, self, positions(answer, Meldungscode.UEBERNAHME_NICHT_MOEGLICH), akmTr.geschaeftsfall());
        } else if (received instanceof Terminverschiebung || received instanceof Storno) {
            return answerChangeRequest((Anfrage) received, answer);
        }
        throw new IllegalArgumentException("cannot answer " + received.type().abbreviation() + " with " + kind);
    }

    private RueckmeldungVorabstimmung ruemVa(Vorabstimmungsanfrage va, Answer answer) {
        List<Meldungsposition> positions = new ArrayList<>();
        List<Meldungscode> codes = codes(answer, Meldungscode.ZWA);
        for (Meldungscode code : codes) {
            positions.add(
                    adaAttribut(code) == null
                            ? Meldungsposition.of(code)
                            : Meldungsposition.adresseAbweichend(
                                    code,
                                    new AdresseAbweichend(
                                            adaAttribut(code),
                                            required(
                                                    answer.adresseAbweichend(),
                                                    adaAttribut(code).name()))));
        }
        for (Map.Entry<String, String> ada : answer.adresseAbweichend().entrySet()) {
            AdresseAbweichend korrektur =
                    new AdresseAbweichend(AdresseAbweichend.Attribut.valueOf(ada.getKey()), ada.getValue());
            if (!codes.contains(korrektur.attribut().adaCode())) {
                positions.add(
                        Meldungsposition.adresseAbweichend(korrektur.attribut().adaCode(), korrektur));
            }
        }
        boolean kue = va.geschaeftsfall().isKuendigung();
        return new RueckmeldungVorabstimmung(
                self,
                va.endkundenvertragspartner(),
                va.vorabstimmungsId(),
                va.geschaeftsfall(),
                positions,
                date(answer.wechseltermin(), va.kundenwunschtermin()),
                kue ? KftData.TECHNOLOGIE : null,
                kue ? KftData.PARTNER_RESSOURCEN : List.of(),
                va.geschaeftsfall().portsNumbers() ? echo(va) : null);
    }

    private PortierteRufnummern echo(Vorabstimmungsanfrage va) {
        if (va.rufnummernPortierung().rufnummern() instanceof Anlagenanschluss) {
            Anlagenanschluss a = (Anlagenanschluss) va.rufnummernPortierung().rufnummern();
            return new PortierteRufnummernbloecke(
                    a.onkz(),
                    a.durchwahlnummer(),
                    a.abfragestelle(),
                    a.bloecke().stream()
                            .map(b -> new PortierterRufnummernblock(b, pki))
                            .toList());
        }
        Einzelanschluss e = (Einzelanschluss) va.rufnummernPortierung().rufnummern();
        return new PortierteEinzelrufnummern(
                e.rufnummern().stream().map(r -> new PortierteRufnummer(r, pki)).toList());
    }

    private Abbruchmeldung abbmToVa(Vorabstimmungsanfrage va, Answer answer) {
        List<Meldungsposition> positions = new ArrayList<>();
        List<Meldungscode> codes = codes(answer, null);
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("an ABBM to a VA needs codes");
        }
        for (Meldungscode code : codes) {
            positions.add(
                    code == Meldungscode.RNG
                            ? Meldungsposition.mitRufnummern(code, listed(va, answer))
                            : Meldungsposition.of(code));
        }
        String begruendung = answer.begruendung() != null
                ? answer.begruendung()
                : codes.contains(Meldungscode.SONST) ? "Sonstiges" : null;
        return Meldungen.abbm(va, self, positions, begruendung, null);
    }

    private static List<Rufnummer> listed(Vorabstimmungsanfrage va, Answer answer) {
        if (!answer.rufnummern().isEmpty()) {
            return KftData.rufnummern(String.join(",", answer.rufnummern()));
        }
        if (va.anschlussidentifikation() != null) {
            return List.of(va.anschlussidentifikation());
        }
        if (va.rufnummernPortierung() != null && va.rufnummernPortierung().rufnummern() instanceof Einzelanschluss) {
            return ((Einzelanschluss) va.rufnummernPortierung().rufnummern()).rufnummern();
        }
        if (va.rufnummernPortierung() != null) {
            Anlagenanschluss a = (Anlagenanschluss) va.rufnummernPortierung().rufnummern();
            return List.of(new Rufnummer(a.onkz(), a.durchwahlnummer()));
        }
        return List.of();
    }

    /**
     * ERLM or ABBM to a TV or Storno, built as the engine builds its answers ({@link Meldungen}); the standard code
     * of an ABBM is the one the catalogue offers for refusing that request ({@link AnswerKind}).
     */
    private Meldung answerChangeRequest(Anfrage request, Answer answer) {
        if ("ERLM".equals(answer.message())) {
            return answer.codes().isEmpty()
                    ? Meldungen.erlm(request, self)
                    : Meldungen.erlm(request, self, positions(answer, null));
        }
        if (!"ABBM".equals(answer.message())) {
            throw new IllegalArgumentException("a TV or Storno is answered with ERLM or ABBM, not " + answer.message());
        }
        AnswerKind refusal =
                AnswerKind.of(ChangeRequest.of(request.type()).abbm()).orElseThrow();
        boolean tv = request instanceof Terminverschiebung;
        String begruendung = answer.begruendung() != null || tv ? answer.begruendung() : "Storno";
        return Meldungen.abbm(
                request,
                self,
                positions(answer, refusal.offered(null).get(0)),
                begruendung,
                tv ? agreedDate(request.vorabstimmungsId().value()) : null);
    }

    /** The Wechseltermin agreed so far: the RUEM-VA's, moved by every ERLM to a TV. */
    LocalDate agreedDate(String vaId) {
        LocalDate date = null;
        for (JournalEntry e : journal.of(vaId)) {
            if (e.message() instanceof RueckmeldungVorabstimmung) {
                date = ((RueckmeldungVorabstimmung) e.message()).wechseltermin();
            } else if (e.message() instanceof Erledigtmeldung
                    && ((Erledigtmeldung) e.message()).wechseltermin() != null) {
                date = ((Erledigtmeldung) e.message()).wechseltermin();
            }
        }
        if (date == null) {
            throw new IllegalStateException("no agreed Wechseltermin known for " + vaId);
        }
        return date;
    }

    private static List<Meldungsposition> positions(Answer answer, Meldungscode standard) {
        return codes(answer, standard).stream().map(Meldungsposition::of).toList();
    }

    private static List<Meldungscode> codes(Answer answer, Meldungscode standard) {
        if (answer.codes().isEmpty()) {
            return standard == null ? List.of() : List.of(standard);
        }
        return answer.codes().stream().map(Meldungscode::fromCode).toList();
    }

    private static AdresseAbweichend.Attribut adaAttribut(Meldungscode code) {
        for (AdresseAbweichend.Attribut a : AdresseAbweichend.Attribut.values()) {
            if (a.adaCode() == code) {
                return a;
            }
        }
        return null;
    }

    private static String required(Map<String, String> ada, String attribut) {
        String value = ada.get(attribut);
        if (value == null) {
            throw new IllegalArgumentException("ADA code for " + attribut + " needs adresseAbweichend." + attribut);
        }
        return value;
    }

    /** An ISO date, {@code KWT+<n>} working days after the KWT, or (absent) the KWT. */
    static LocalDate date(String text, LocalDate kwt) {
        if (text == null || text.equals("KWT")) {
            return kwt;
        }
        if (text.startsWith("KWT+")) {
            return KftData.datePlusAt(kwt, Integer.parseInt(text.substring(4)));
        }
        return LocalDate.parse(text);
    }
}
