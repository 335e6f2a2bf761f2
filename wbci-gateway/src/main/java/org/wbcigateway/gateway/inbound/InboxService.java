package org.wbcigateway.gateway.inbound;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.springframework.beans.factory.annotation.Qualifier;
import org.wbcigateway.gateway.decisions.DecisionRepository;
import org.wbcigateway.gateway.decisions.DecisionStatus;
import org.wbcigateway.gateway.platform.config.ProtocolConfig;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wbcigateway.domain.answer.AutomaticAnswers;
import org.wbcigateway.domain.answer.Verdict;
import org.wbcigateway.domain.answer.VorabstimmungContext;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.SimpleType;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Anfrage;
import org.wbcigateway.domain.message.Envelope;
import org.wbcigateway.domain.message.Quittung;
import org.wbcigateway.domain.message.Rolle;
import org.wbcigateway.domain.message.UebernahmeRessource;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.domain.message.WbciMessage;
import org.wbcigateway.domain.rule.Violation;
import org.wbcigateway.domain.message.Meldung;
import org.wbcigateway.domain.state.Event;
import org.wbcigateway.domain.state.Phase;
import org.wbcigateway.domain.state.Transition;
import org.wbcigateway.domain.state.VorabstimmungState;
import org.wbcigateway.gateway.platform.config.GatewayProperties;
import org.wbcigateway.gateway.platform.observability.VaLogContext;
import org.wbcigateway.gateway.vorabstimmung.Digests;
import org.wbcigateway.gateway.vorabstimmung.FollowUpService;
import org.wbcigateway.gateway.vorabstimmung.IssuedIdRepository;
import org.wbcigateway.gateway.vorabstimmung.Ledger;
import org.wbcigateway.gateway.vorabstimmung.MessageComposer;
import org.wbcigateway.gateway.vorabstimmung.MessageRecord.Direction;
import org.wbcigateway.gateway.vorabstimmung.MessageRecord.Outcome;
import org.wbcigateway.gateway.vorabstimmung.MessageRepository;
import org.wbcigateway.gateway.vorabstimmung.Replies;
import org.wbcigateway.gateway.vorabstimmung.VorabstimmungRecord;
import org.wbcigateway.gateway.vorabstimmung.VorabstimmungRepository;
import org.wbcigateway.gateway.platform.security.PartnerAuthenticator;
import org.wbcigateway.gateway.platform.security.ReplayWindow;
import org.wbcigateway.wire.InboundMessage;
import org.wbcigateway.wire.WbciCodec;
import org.wbcigateway.wire.WireException;

/**
 * Receives one inbound message: reads and checks it, recognises a transport retry, and in one transaction stores it
 * raw together with the state change it causes and any automatic answer (spec §7) in the outbox. Only then is the
 * positive TEQ given. Anything that cannot be accepted gets its negative TEQ and leaves an audit record only.
 */
@Service
public class InboxService {

    private static final Logger log = LoggerFactory.getLogger(InboxService.class);
    private static final Pattern VA_ID = Pattern.compile("<VorabstimmungsId(?:Ref)?>\\s*([^<\\s]+)\\s*<");

    private final WbciCodec codec;
    private final GatewayProperties properties;
    private final VorabstimmungRepository vorabstimmungen;
    private final MessageRepository messages;
    private final IssuedIdRepository issuedIds;
    private final RefusalRepository refusals;
    private final AutomaticAnswers automaticAnswers;
    private final Ledger ledger;
    private final MessageComposer composer;
    private final PartnerAuthenticator authenticator;
    private final ReplayWindow replayWindow;
    private final FollowUpService followUps;
    private final DecisionRepository decisions;
    private final Clock clock;

    public InboxService(WbciCodec codec, GatewayProperties properties, VorabstimmungRepository vorabstimmungen,
                        MessageRepository messages, IssuedIdRepository issuedIds, RefusalRepository refusals,
                        AutomaticAnswers automaticAnswers, Ledger ledger, MessageComposer composer,
                        PartnerAuthenticator authenticator, FollowUpService followUps, DecisionRepository decisions,
                        @Qualifier(ProtocolConfig.SYSTEM_CLOCK) Clock clock) {
        this.followUps = followUps;
        this.decisions = decisions;
        this.authenticator = authenticator;
        this.replayWindow = new ReplayWindow(properties.security(), clock);
        this.codec = codec;
        this.properties = properties;
        this.vorabstimmungen = vorabstimmungen;
        this.messages = messages;
        this.issuedIds = issuedIds;
        this.refusals = refusals;
        this.automaticAnswers = automaticAnswers;
        this.ledger = ledger;
        this.composer = composer;
        this.clock = clock;
    }

    /** The TEQ to answer with, and the partner named as Absender ({@code null} if the message named none). */
    public record Receipt(Envelope<Quittung> teq, CarrierCode partner) {

        public boolean positive() {
            return teq.payload().code().isPositive();
        }
    }

    /** {@link #receive(InboundMessage, X509Certificate)} for bytes not read yet. */
    @Transactional
    public Receipt receive(byte[] raw, X509Certificate tlsClient) {
        InboundMessage message;
        try {
            message = codec.reader().parse(raw);
        } catch (WireException e) {
            return refuseUnreadable(raw, e);
        }
        return receive(message, tlsClient);
    }

    /**
     * Checks in the order of spec §5: version (0993) before anything else, then the signature (0990), then the
     * schema (0995), then whether the authenticated signer may speak for the Absender (0990), then whether the TLS
     * client it came from is the Absender's (0990). The message is not read again: the signature is checked on its
     * DOM, the schema was checked and the JAXB tree built in the same parse.
     *
     * @param tlsClient the certificate the TLS client presented (leaf of its chain); {@code null} if none (plain
     *                  http, or no client certificate)
     */
    @Transactional
    public Receipt receive(InboundMessage inbound, X509Certificate tlsClient) {
        byte[] raw = inbound.raw();
        Envelope<WbciMessage> envelope;
        PartnerAuthenticator.Signer signer;
        try {
            inbound.checkRootAndVersion();
            signer = authenticate(inbound);
            envelope = codec.readMessage(inbound);
        } catch (WireException e) {
            return refuseUnreadable(raw, e);
        }
        WbciMessage message = envelope.payload();
        VorabstimmungsId vaId = message.vorabstimmungsId();
        VaLogContext.bindToTransaction(vaId.value());
        CarrierCode sender = message.absender();
        if (properties.partner(sender).isEmpty()) {
            return refuse(raw, TeqCode.SIGNATUR_UNGUELTIG, "UNKNOWN_SENDER",
                    "Absender " + sender + " is not a registered partner", sender, vaId);
        }
        try {
            authenticator.checkSender(signer, sender);
        } catch (WireException e) {
            return refuse(raw, e.teqCode(), e.kind().name(), e.detail(), sender, vaId);
        }
        try {
            authenticator.checkTlsClient(tlsClient, sender);
        } catch (WireException e) {
            return refuse(raw, e.teqCode(), "TLS_CLIENT_NOT_ABSENDER", e.detail(), sender, vaId);
        }
        Optional<Rolle> ownRole = message.endkundenvertragspartner().rolleOf(properties.ownCarrier());
        if (ownRole.isEmpty()) {
            return refuse(raw, TeqCode.STRUKTUR_UNGUELTIG, "NOT_ADDRESSED_TO_US",
                    "neither EKPauf nor EKPabg is " + properties.ownCarrier(), sender, vaId);
        }
        String digest = Digests.sha256(raw);
        if (messages.findInboundByDigest(digest).isPresent()) {
            log.info("transport retry of an accepted message for {} from {}: same TEQ, no effect", vaId, sender);
            return ok(vaId, sender);
        }
        Optional<String> stale = replayWindow.check(envelope.control().zeitstempel());
        if (stale.isPresent()) {
            return refuse(raw, TeqCode.SIGNATUR_UNGUELTIG, "OUTSIDE_REPLAY_WINDOW", stale.get(), sender, vaId);
        }
        Optional<VorabstimmungRecord> record = vorabstimmungen.lock(vaId);
        Optional<FollowUpService.FollowUp> followUp = record.isEmpty() && ownRole.get() == Rolle.EKP_ABG
                && message instanceof Vorabstimmungsanfrage va
                ? followUps.find(va, Rolle.EKP_ABG, sender, null) : Optional.empty();
        VorabstimmungContext context = context(message, record, ownRole.get(), digest, followUp);
        Verdict verdict = automaticAnswers.decide(message, context);
        process(message, raw, sender, record, context, verdict, followUp);
        return ok(vaId, sender);
    }

    /**
     * The signature check; WSS4J and the JDK below it fail on some malformed security headers with exceptions of
     * their own (e.g. IllegalArgumentException for a BinarySecurityToken that is not base64): such a header is an
     * invalid signature too (0990), not a server fault.
     */
    private PartnerAuthenticator.Signer authenticate(InboundMessage inbound) {
        try {
            return authenticator.authenticate(inbound.document());
        } catch (WireException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new WireException(WireException.Kind.SIGNATURE_INVALID,
                    "the wsse:Security header cannot be processed: " + e, e);
        }
    }

    private void process(WbciMessage message, byte[] raw, CarrierCode sender, Optional<VorabstimmungRecord> record,
                         VorabstimmungContext context, Verdict verdict, Optional<FollowUpService.FollowUp> followUp) {
        CarrierCode self = properties.ownCarrier();
        if (verdict instanceof Verdict.Accept accept) {
            long id = ledger.store(message, Direction.IN, sender, raw, Outcome.ACCEPTED, describe(accept.warnings()));
            ledger.apply(record, message, id, context.ownRole(), sender, accept.decision());
            followUp.ifPresent(f -> followUps.link(f, message.vorabstimmungsId(), context.ownRole(), null));
            if (needsBusinessDecision(accept.decision().transition())) {
                decisions.mark(message.vorabstimmungsId(), DecisionStatus.PENDING, null);
            }
            if (Event.of(message).orElse(null) == Event.ABBM_TR) {
                // the take-over was refused: an operator corrects the AKM-TR (interop catalogue 1.2.08-1.2.10)
                vorabstimmungen.find(message.vorabstimmungsId()).ifPresent(r -> ledger.markKlaerfall(r,
                        "ABBM-TR " + codes((Meldung) message) + ": " + Ledger.TAKE_OVER_REFUSED));
            }
        } else if (verdict instanceof Verdict.Abbm abbm) {
            long id = ledger.store(message, Direction.IN, sender, raw, Outcome.ANSWERED_ABBM, describe(abbm.violations()));
            Anfrage request = (Anfrage) message;
            if (record.isEmpty() && request instanceof Vorabstimmungsanfrage va) {
                ledger.recordRefusedVa(va, id, context.ownRole(), sender, new VorabstimmungState(Phase.REJECTED,
                        VorabstimmungState.NONE.akmTr(), VorabstimmungState.NONE.changeRequest()));
                followUp.ifPresent(f -> followUps.refused(f, va.vorabstimmungsId()));
            }
            ledger.send(Replies.abbm(request, self, abbm.code(), abbm.begruendung(), context.wechseltermin()), sender);
        } else if (verdict instanceof Verdict.AbbmTr abbmTr) {
            long id = ledger.store(message, Direction.IN, sender, raw, Outcome.ANSWERED_ABBM_TR,
                    describe(abbmTr.violations()));
            UebernahmeRessource akm = (UebernahmeRessource) message;
            ledger.send(Replies.abbmTr(akm, self, abbmTr.code(),
                    record.map(VorabstimmungRecord::geschaeftsfall).orElse(akm.geschaeftsfall())), sender);
            log.debug("AKM-TR {} answered with ABBM-TR {}", id, abbmTr.code().code());
        } else {
            Verdict.Klaerfall klaerfall = (Verdict.Klaerfall) verdict;
            String reason = describe(klaerfall.violations());
            ledger.store(message, Direction.IN, sender, raw, Outcome.KLAERFALL, reason);
            record.ifPresent(r -> ledger.markKlaerfall(r, message.type().abbreviation() + ": " + reason));
            log.warn("Klaerfall for {}: {}", message.vorabstimmungsId(), reason);
        }
    }

    private static String codes(Meldung meldung) {
        return meldung.positionen().stream().map(p -> p.meldungscode().code())
                .collect(java.util.stream.Collectors.joining("+"));
    }

    /** A partner's VA, TV or Storno waits for our answer; a partner's AKM-TR for our check of the resources. */
    private static boolean needsBusinessDecision(Transition transition) {
        return transition == Transition.VA_OPENS || transition == Transition.AKM_TR_TAKES_OVER
                || transition.effect() == Transition.Effect.CHANGE_REQUESTED;
    }

    private VorabstimmungContext context(WbciMessage message, Optional<VorabstimmungRecord> record, Rolle ownRole,
                                         String digest, Optional<FollowUpService.FollowUp> followUp) {
        boolean idUsed = message instanceof Anfrage a && !(message instanceof Vorabstimmungsanfrage)
                && issuedIds.digestOf(a.id().value()).filter(d -> !d.equals(digest)).isPresent();
        if (record.isEmpty()) {
            return new VorabstimmungContext(null, VorabstimmungState.NONE, ownRole, null, null, idUsed,
                    followUp.map(f -> f.voided().newVaWindow()).orElse(null));
        }
        VorabstimmungRecord r = record.get();
        Event event = Event.of(message).orElse(null);
        Long requestId = event == Event.RUEM_VA || event == Event.ABBM_VA ? r.vaMessageId() : r.changeRequestId();
        Anfrage open = requestId == null ? null : messages.find(requestId)
                .map(m -> (Anfrage) codec.readMessage(m.raw()).payload()).orElse(null);
        return new VorabstimmungContext(r.geschaeftsfall(), r.state(), r.ownRole(), r.wechseltermin(), open, idUsed);
    }

    /** A message that cannot be read (or not trusted) still gets a TEQ naming its VA where it can be found. */
    private Receipt refuseUnreadable(byte[] raw, WireException e) {
        Optional<VorabstimmungsId> named = vaIdIn(raw);
        named.ifPresent(id -> VaLogContext.bindToTransaction(id.value()));
        return refuse(raw, e.teqCode(), e.kind().name(), e.detail(), null,
                named.orElse(VorabstimmungsId.of(properties.carrierCode() + ".V000000000")));
    }

    private Receipt refuse(byte[] raw, TeqCode code, String kind, String detail, CarrierCode sender,
                           VorabstimmungsId vaRef) {
        log.warn("refused inbound message with TEQ {} ({}): {}", code.code(), kind, detail);
        refusals.insert(code.code(), kind, detail, sender == null ? null : sender.value(), raw, OffsetDateTime.now(clock));
        return new Receipt(composer.teq(vaRef, code), sender);
    }

    private Receipt ok(VorabstimmungsId vaId, CarrierCode sender) {
        return new Receipt(composer.teq(vaId, TeqCode.OK), sender);
    }

    /** The VA-ID a message that cannot be read names, if it can be found in the bytes. */
    private static Optional<VorabstimmungsId> vaIdIn(byte[] raw) {
        Matcher m = VA_ID.matcher(new String(raw, 0, Math.min(raw.length, 64 * 1024), java.nio.charset.StandardCharsets.UTF_8));
        if (m.find() && SimpleType.VORABSTIMMUNGS_ID.accepts(m.group(1))) {
            return Optional.of(VorabstimmungsId.of(m.group(1)));
        }
        return Optional.empty();
    }

    private static String describe(java.util.List<Violation> violations) {
        return violations.isEmpty() ? null : violations.stream().map(Violation::describe).collect(Collectors.joining("; "));
    }
}
