package org.wbcigateway.gateway.actions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wbcigateway.domain.code.Meldungscode;
import org.wbcigateway.domain.deadline.DateCheck;
import org.wbcigateway.domain.deadline.Terminpruefung;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.Portierungskennung;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Anfrage;
import org.wbcigateway.domain.message.Anschlussinhaber;
import org.wbcigateway.domain.message.Endkundenvertragspartner;
import org.wbcigateway.domain.message.Erledigtmeldung;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Meldung;
import org.wbcigateway.domain.message.Meldungsposition;
import org.wbcigateway.domain.message.Portierungsbestaetigung;
import org.wbcigateway.domain.message.PortierteRufnummern;
import org.wbcigateway.domain.message.ProjektId;
import org.wbcigateway.domain.message.Ressource;
import org.wbcigateway.domain.message.Rolle;
import org.wbcigateway.domain.message.RueckmeldungVorabstimmung;
import org.wbcigateway.domain.message.Rufnummer;
import org.wbcigateway.domain.message.RufnummernPortierung;
import org.wbcigateway.domain.message.Standort;
import org.wbcigateway.domain.message.Storno;
import org.wbcigateway.domain.message.StornoArt;
import org.wbcigateway.domain.message.Terminverschiebung;
import org.wbcigateway.domain.message.UebernahmeLeitung;
import org.wbcigateway.domain.message.UebernahmeRessource;
import org.wbcigateway.domain.message.AbbruchmeldungTechnRessource;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.domain.message.WbciMessage;
import org.wbcigateway.domain.rule.ContentRules;
import org.wbcigateway.domain.rule.Violation;
import org.wbcigateway.domain.state.ChangeRequest;
import org.wbcigateway.domain.state.Decision;
import org.wbcigateway.domain.state.Direction;
import org.wbcigateway.domain.state.Event;
import org.wbcigateway.domain.state.VorabstimmungState;
import org.wbcigateway.domain.state.VorabstimmungStateMachine;
import org.wbcigateway.gateway.platform.config.GatewayProperties;
import org.wbcigateway.gateway.platform.config.PartnerCalendars;
import org.wbcigateway.gateway.platform.observability.VaLogContext;
import org.wbcigateway.gateway.vorabstimmung.FollowUpService;
import org.wbcigateway.gateway.vorabstimmung.Ledger;
import org.wbcigateway.gateway.vorabstimmung.MessageRepository;
import org.wbcigateway.gateway.vorabstimmung.NotFoundException;
import org.wbcigateway.gateway.vorabstimmung.Replies;
import org.wbcigateway.gateway.vorabstimmung.VorabstimmungRecord;
import org.wbcigateway.gateway.vorabstimmung.VorabstimmungRepository;
import org.wbcigateway.wire.WbciCodec;

/**
 * Every action of both roles that sends a message: builds the message, checks it like the receiving partner would
 * (content, state; dates on the partner's calendar and, for a date, on ours too: {@code PartyCalendars#outgoing}), and in one transaction stores it, applies its transition and queues it in the outbox. A refused
 * action throws {@link ProtocolViolationException} naming the rules and changes nothing; it is thrown before
 * anything is written, so it does not spoil a caller's transaction (the automatic decisions rely on that).
 */
@Service
public class OutboundService {

    /** What a sent message created: the Vorabstimmung, the message, and warnings (e.g. a short lead time). */
    public record Sent(VorabstimmungsId vaId, long messageId, List<Violation> warnings) {
    }

    /** The content of a new VA; ID, Absender and PKIauf (RRNP) are filled in by the gateway. */
    public record VaDraft(Geschaeftsfall geschaeftsfall, CarrierCode ekpAbg, LocalDate kundenwunschtermin,
                          Anschlussinhaber endkunde, List<Anschlussinhaber> weitereAnschlussinhaber, ProjektId projektId,
                          Standort standort, Rufnummer anschlussidentifikation, RufnummernPortierung rufnummernPortierung) {
    }

    private final GatewayProperties properties;
    private final IdGenerator ids;
    private final VorabstimmungRepository vorabstimmungen;
    private final MessageRepository messages;
    private final ContentRules contentRules;
    private final VorabstimmungStateMachine machine;
    private final PartnerCalendars calendars;
    private final Ledger ledger;
    private final WbciCodec codec;
    private final FollowUpService followUps;

    public OutboundService(GatewayProperties properties, IdGenerator ids, VorabstimmungRepository vorabstimmungen,
                           MessageRepository messages, ContentRules contentRules, VorabstimmungStateMachine machine,
                           PartnerCalendars calendars, Ledger ledger, WbciCodec codec, FollowUpService followUps) {
        this.followUps = followUps;
        this.properties = properties;
        this.ids = ids;
        this.vorabstimmungen = vorabstimmungen;
        this.messages = messages;
        this.contentRules = contentRules;
        this.machine = machine;
        this.calendars = calendars;
        this.ledger = ledger;
        this.codec = codec;
    }

    // --- EKPauf

    @Transactional(noRollbackFor = ProtocolViolationException.class)
    public Sent startVorabstimmung(VaDraft d) {
        return startVorabstimmung(d, null);
    }

    /**
     * A new VA; if it follows up a voided Vorabstimmung (ADR 0003) its arrival is judged against that one's NEW_VA
     * deadline — too early refuses it, too late is a warning — and once sent it is linked and the deadline closed.
     *
     * @param contractId the won CRM contract the VA is for, {@code null} if none
     */
    @Transactional(noRollbackFor = ProtocolViolationException.class)
    public Sent startVorabstimmung(VaDraft d, String contractId) {
        if (properties.partner(d.ekpAbg()).isEmpty()) {
            throw new ProtocolViolationException(ProtocolViolationException.Kind.CONTENT, List.of(new Violation(
                    GatewayRule.PARTNER_UNKNOWN, "EKPabg " + d.ekpAbg() + " is not a registered partner")));
        }
        RufnummernPortierung rnp = d.rufnummernPortierung();
        if (rnp != null && d.geschaeftsfall() == Geschaeftsfall.VA_RRNP && rnp.portierungskennungPKIauf() == null) {
            rnp = new RufnummernPortierung(rnp.rufnummern(), rnp.portierungszeitfenster(), ownPki());
        }
        CarrierCode self = properties.ownCarrier();
        Vorabstimmungsanfrage va = new Vorabstimmungsanfrage(d.geschaeftsfall(), self,
                new Endkundenvertragspartner(self, d.ekpAbg()), ids.vorabstimmungsId(), d.kundenwunschtermin(),
                d.endkunde(), d.weitereAnschlussinhaber(), d.projektId(), d.standort(), d.anschlussidentifikation(), rnp);
        DateCheck dates = calendars.outgoing(Rolle.EKP_AUF, d.ekpAbg())
                .checkKundenwunschtermin(va.geschaeftsfall(), va.kundenwunschtermin());
        Optional<FollowUpService.FollowUp> followUp = followUps.find(va, Rolle.EKP_AUF, d.ekpAbg(), contractId);
        if (followUp.isPresent()) {
            dates = dates.and(followUp.get().arrival().check());
        }
        Sent sent = send(Optional.empty(), va, va.geschaeftsfall(), Rolle.EKP_AUF, d.ekpAbg(), dates);
        followUp.ifPresent(f -> followUps.link(f, va.vorabstimmungsId(), Rolle.EKP_AUF, contractId));
        return sent;
    }

    @Transactional(noRollbackFor = ProtocolViolationException.class)
    public Sent sendAkmTr(VorabstimmungsId vaId, boolean ressourcenuebernahme, List<UebernahmeLeitung> leitungen,
                          boolean sichererHafen) {
        VorabstimmungRecord r = lock(vaId);
        if (r.klaerfall() && r.klaerfallReason() != null && r.klaerfallReason().endsWith(Ledger.TAKE_OVER_REFUSED)) {
            // the corrected AKM-TR is the operator's answer to the refused take-over: the Klaerfall is resolved
            r = r.withoutKlaerfall();
        }
        UebernahmeRessource akm = new UebernahmeRessource(properties.ownCarrier(), ekp(r), vaId, r.geschaeftsfall(),
                List.of(Meldungsposition.of(Meldungscode.AKM_TR_UEBERNAHME)), ressourcenuebernahme, leitungen,
                sichererHafen, r.geschaeftsfall() == Geschaeftsfall.VA_KUE_MRN ? ownPki() : null);
        return send(Optional.of(r), akm, r.geschaeftsfall(), r.ownRole(), r.partner(), DateCheck.accepted());
    }

    @Transactional(noRollbackFor = ProtocolViolationException.class)
    public Sent sendTv(VorabstimmungsId vaId, LocalDate neuerKundenwunschtermin) {
        VorabstimmungRecord r = lock(vaId);
        Terminverschiebung tv = new Terminverschiebung(properties.ownCarrier(), ekp(r), ids.aenderungsId(), vaId,
                neuerKundenwunschtermin);
        DateCheck dates = r.wechseltermin() == null ? DateCheck.accepted()
                : termine(r).checkNeuerKundenwunschtermin(r.geschaeftsfall(), neuerKundenwunschtermin,
                        r.wechseltermin()).and(termine(r).checkTvArrival(r.wechseltermin()));
        return send(Optional.of(r), tv, r.geschaeftsfall(), r.ownRole(), r.partner(), dates);
    }

    /** A Storno of our role: Aufhebung (cancel) or Aenderung (change); the EKPabg must give a Stornogrund. */
    @Transactional(noRollbackFor = ProtocolViolationException.class)
    public Sent sendStorno(VorabstimmungsId vaId, boolean aufhebung, String stornogrund) {
        VorabstimmungRecord r = lock(vaId);
        boolean auf = r.ownRole() == Rolle.EKP_AUF;
        StornoArt art = aufhebung ? (auf ? StornoArt.AUFHEBUNG_EKP_AUF : StornoArt.AUFHEBUNG_EKP_ABG)
                : (auf ? StornoArt.AENDERUNG_EKP_AUF : StornoArt.AENDERUNG_EKP_ABG);
        Storno storno = new Storno(art, properties.ownCarrier(), ekp(r), ids.stornoId(), vaId,
                art.needsStornogrund() ? stornogrund : null);
        DateCheck dates = aufhebung && r.wechseltermin() != null
                ? termine(r).checkStornoAufhebungArrival(r.wechseltermin()) : DateCheck.accepted();
        return send(Optional.of(r), storno, r.geschaeftsfall(), r.ownRole(), r.partner(), dates);
    }

    // --- EKPabg

    /**
     * RUEM-VA to the open VA. Without numbers, those of the VA are confirmed with our PKIabg (MRN, RRNP); Technologie
     * and Ressourcen are given by the caller (KUE).
     */
    @Transactional(noRollbackFor = ProtocolViolationException.class)
    public Sent sendRuemVa(VorabstimmungsId vaId, List<Meldungsposition> positionen, LocalDate wechseltermin,
                           String technologie, List<Ressource> ressourcen, PortierteRufnummern rufnummern) {
        VorabstimmungRecord r = lock(vaId);
        Vorabstimmungsanfrage va = (Vorabstimmungsanfrage) request(r.vaMessageId());
        PortierteRufnummern numbers = rufnummern != null || !r.geschaeftsfall().portsNumbers() ? rufnummern
                : Portierungsbestaetigung.of(va.rufnummernPortierung(), ownPki());
        RueckmeldungVorabstimmung ruem = new RueckmeldungVorabstimmung(properties.ownCarrier(), ekp(r), vaId,
                r.geschaeftsfall(), positionen, wechseltermin, technologie, ressourcen, numbers);
        return send(Optional.of(r), ruem, r.geschaeftsfall(), r.ownRole(), r.partner(),
                termine(r).checkWechseltermin(r.geschaeftsfall(), wechseltermin));
    }

    /** ABBM to the open VA (ends it). */
    @Transactional(noRollbackFor = ProtocolViolationException.class)
    public Sent sendAbbmToVa(VorabstimmungsId vaId, List<Meldungsposition> positionen, String begruendung) {
        VorabstimmungRecord r = lock(vaId);
        Anfrage va = request(r.vaMessageId());
        return send(Optional.of(r), Replies.abbm(va, properties.ownCarrier(), positionen, begruendung, null),
                r.geschaeftsfall(), r.ownRole(), r.partner(), DateCheck.accepted());
    }

    @Transactional(noRollbackFor = ProtocolViolationException.class)
    public Sent sendAbbmTr(VorabstimmungsId vaId, List<Meldungsposition> positionen) {
        VorabstimmungRecord r = lock(vaId);
        AbbruchmeldungTechnRessource abbmTr = new AbbruchmeldungTechnRessource(properties.ownCarrier(), ekp(r), vaId,
                r.geschaeftsfall(), positionen);
        return send(Optional.of(r), abbmTr, r.geschaeftsfall(), r.ownRole(), r.partner(), DateCheck.accepted());
    }

    // --- answers to a change request (either role)

    /** ERLM to the active TV (8003, the TV's date becomes the Wechseltermin) or Storno (8004). */
    @Transactional(noRollbackFor = ProtocolViolationException.class)
    public Sent sendErlm(VorabstimmungsId vaId) {
        VorabstimmungRecord r = lock(vaId);
        Anfrage request = activeChangeRequest(r);
        Erledigtmeldung erlm = request instanceof Terminverschiebung tv
                ? new Erledigtmeldung(properties.ownCarrier(), ekp(r), vaId, Geschaeftsfall.TVS_VA,
                        List.of(Meldungsposition.of(Meldungscode.TV_ERLEDIGT)), tv.neuerKundenwunschtermin(), null,
                        tv.aenderungsId())
                : new Erledigtmeldung(properties.ownCarrier(), ekp(r), vaId, ((Storno) request).art().answeredAs(),
                        List.of(Meldungsposition.of(Meldungscode.STORNO_ERLEDIGT)), null, ((Storno) request).stornoId(),
                        null);
        return send(Optional.of(r), erlm, r.geschaeftsfall(), r.ownRole(), r.partner(), DateCheck.accepted());
    }

    /** ABBM to the active TV (with the agreed Wechseltermin) or Storno. */
    @Transactional(noRollbackFor = ProtocolViolationException.class)
    public Sent sendAbbmToChangeRequest(VorabstimmungsId vaId, List<Meldungsposition> positionen, String begruendung) {
        VorabstimmungRecord r = lock(vaId);
        Anfrage request = activeChangeRequest(r);
        return send(Optional.of(r), Replies.abbm(request, properties.ownCarrier(), positionen, begruendung,
                r.wechseltermin()), r.geschaeftsfall(), r.ownRole(), r.partner(), DateCheck.accepted());
    }

    // --- the common path

    private Sent send(Optional<VorabstimmungRecord> record, WbciMessage message, Geschaeftsfall gf, Rolle ownRole,
                      CarrierCode partner, DateCheck dates) {
        VaLogContext.bindToTransaction(message.vorabstimmungsId().value());
        List<Violation> content = new ArrayList<>(contentRules.check(message));
        if (message instanceof Meldung meldung && record.isPresent()) {
            Event event = Event.of(message).orElse(null);
            Long answered = event == Event.RUEM_VA || event == Event.ABBM_VA ? record.get().vaMessageId()
                    : event == Event.AKM_TR || event == Event.ABBM_TR ? null : record.get().changeRequestId();
            if (answered != null) {
                content.addAll(contentRules.checkAnswer(meldung, request(answered)));
            }
        }
        content.addAll(dates.violations());
        if (!content.isEmpty()) {
            throw new ProtocolViolationException(ProtocolViolationException.Kind.CONTENT, content);
        }
        Event event = Event.of(message).orElseThrow(() -> new ProtocolViolationException(
                ProtocolViolationException.Kind.CONTENT, contentRules.check(message)));
        VorabstimmungState state = record.map(VorabstimmungRecord::state).orElse(VorabstimmungState.NONE);
        Decision decision = machine.decide(gf, state, ownRole, Direction.OUTGOING, event);
        if (decision instanceof Decision.Rejected rejected) {
            throw new ProtocolViolationException(ProtocolViolationException.Kind.STATE, List.of(rejected.violation()));
        }
        long id = ledger.send(message, partner);
        ledger.apply(record, message, id, ownRole, partner, (Decision.Accepted) decision);
        return new Sent(message.vorabstimmungsId(), id, dates.warnings());
    }

    /** The date rules for what we send in this Vorabstimmung, as the partner will judge it. */
    private Terminpruefung termine(VorabstimmungRecord r) {
        return calendars.outgoing(r.ownRole(), r.partner());
    }

    private VorabstimmungRecord lock(VorabstimmungsId vaId) {
        return vorabstimmungen.lock(vaId).orElseThrow(() -> new NotFoundException("no Vorabstimmung " + vaId));
    }

    private Anfrage request(long messageId) {
        return (Anfrage) codec.readMessage(messages.find(messageId).orElseThrow().raw()).payload();
    }

    private Anfrage activeChangeRequest(VorabstimmungRecord r) {
        if (r.changeRequestId() == null || r.state().changeRequest() == ChangeRequest.NONE) {
            throw new ProtocolViolationException(ProtocolViolationException.Kind.STATE, List.of(new Violation(
                    org.wbcigateway.domain.state.StateRule.NO_MATCHING_CHANGE_REQUEST,
                    "no TV or Storno is active on " + r.vaId())));
        }
        return request(r.changeRequestId());
    }

    private Endkundenvertragspartner ekp(VorabstimmungRecord r) {
        CarrierCode self = properties.ownCarrier();
        return r.ownRole() == Rolle.EKP_AUF ? new Endkundenvertragspartner(self, r.partner())
                : new Endkundenvertragspartner(r.partner(), self);
    }

    private Portierungskennung ownPki() {
        return Portierungskennung.of(properties.portierungskennung());
    }


}
