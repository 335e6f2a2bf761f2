package org.wbcigateway.gateway.inbound;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.SimpleType;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Envelope;
import org.wbcigateway.domain.message.Quittung;
import org.wbcigateway.domain.message.Rolle;
import org.wbcigateway.domain.message.WbciMessage;
import org.wbcigateway.gateway.platform.config.GatewayProperties;
import org.wbcigateway.gateway.platform.config.ProtocolConfig;
import org.wbcigateway.gateway.platform.observability.VaLogContext;
import org.wbcigateway.gateway.platform.partners.PartnerDirectory;
import org.wbcigateway.gateway.platform.security.PartnerAuthenticator;
import org.wbcigateway.gateway.platform.security.ReplayWindow;
import org.wbcigateway.gateway.platform.tenancy.TenantScope;
import org.wbcigateway.gateway.platform.tenancy.Tenants;
import org.wbcigateway.gateway.vorabstimmung.Digests;
import org.wbcigateway.gateway.vorabstimmung.MessageComposer;
import org.wbcigateway.gateway.vorabstimmung.MessageRepository;
import org.wbcigateway.wire.InboundMessage;
import org.wbcigateway.wire.WbciCodec;
import org.wbcigateway.wire.WireException;

/**
 * Receives one inbound message: reads and checks it, recognises a transport retry, and in one transaction hands it to
 * {@link Intake}, which stores it raw with what the protocol engine made of it (the state change, any automatic
 * answer of spec §7 in the outbox). Only then is the positive TEQ given. Anything that cannot be accepted gets its
 * negative TEQ and leaves an audit record only.
 */
@Service
public class InboxService {

    private static final Logger log = LoggerFactory.getLogger(InboxService.class);
    private static final Pattern VA_ID = Pattern.compile("<VorabstimmungsId(?:Ref)?>\\s*([^<\\s]+)\\s*<");

    private final WbciCodec codec;
    private final GatewayProperties properties;
    private final PartnerDirectory partners;
    private final MessageRepository messages;
    private final RefusalRepository refusals;
    private final MessageComposer composer;
    private final PartnerAuthenticator authenticator;
    private final ReplayWindow replayWindow;
    private final Intake intake;
    private final InboundLimit limit;
    private final Clock clock;
    private final Tenants tenants;

    public InboxService(
            WbciCodec codec,
            GatewayProperties properties,
            PartnerDirectory partners,
            MessageRepository messages,
            RefusalRepository refusals,
            MessageComposer composer,
            PartnerAuthenticator authenticator,
            Intake intake,
            InboundLimit limit,
            Tenants tenants,
            @Qualifier(ProtocolConfig.SYSTEM_CLOCK) Clock clock) {
        this.limit = limit;
        this.authenticator = authenticator;
        this.replayWindow = new ReplayWindow(properties.security(), clock);
        this.codec = codec;
        this.properties = properties;
        this.partners = partners;
        this.messages = messages;
        this.refusals = refusals;
        this.intake = intake;
        this.composer = composer;
        this.clock = clock;
        this.tenants = tenants;
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
     * Receives a message for the tenant in scope: {@link #check}, then whether it is addressed to this tenant, a
     * transport retry (the same TEQ, no effect), too old (0990), else taken.
     */
    @Transactional
    public Receipt receive(InboundMessage inbound, X509Certificate tlsClient) {
        limit.leaveBeforeCommit();
        Checked checked = check(inbound, tlsClient);
        if (!(checked instanceof Checked.Authentic authentic)) {
            return ((Checked.Refused) checked).receipt();
        }
        byte[] raw = inbound.raw();
        WbciMessage message = authentic.envelope().payload();
        VorabstimmungsId vaId = message.vorabstimmungsId();
        CarrierCode sender = authentic.sender();
        Optional<Rolle> ownRole = TenantScope.inProvider()
                ? Optional.empty()
                : message.endkundenvertragspartner().rolleOf(tenants.current().code());
        if (ownRole.isEmpty()) {
            return refuse(
                    raw,
                    TeqCode.STRUKTUR_UNGUELTIG,
                    "NOT_ADDRESSED_TO_US",
                    "the Empfänger (of EKPauf "
                            + message.endkundenvertragspartner().ekpAuf() + " and EKPabg "
                            + message.endkundenvertragspartner().ekpAbg() + " the one that is not the Absender) "
                            + "is not served here",
                    sender,
                    vaId);
        }
        String digest = Digests.sha256(raw);
        if (messages.findInboundByDigest(digest).isPresent()) {
            log.info("transport retry of an accepted message for {} from {}: same TEQ, no effect", vaId, sender);
            return ok(vaId, sender);
        }
        Optional<Receipt> stale = stale(authentic, raw);
        if (stale.isPresent()) {
            return stale.get();
        }
        intake.take(message, raw, sender, ownRole.get(), digest);
        return ok(vaId, sender);
    }

    /** What the checks of spec §5 that do not depend on the tenant made of a message. */
    public sealed interface Checked {

        /** Refused, on the record of the scope: the receipt to answer with. */
        record Refused(Receipt receipt) implements Checked {}

        /** Read, and authenticated as its Absender ({@code sender}). */
        record Authentic(Envelope<WbciMessage> envelope, CarrierCode sender) implements Checked {}
    }

    /**
     * Checks in the order of spec §5: version (0993) before anything else, then the signature (0990), then the
     * schema (0995), then whether the authenticated signer may speak for the Absender (0990), then whether the TLS
     * client it came from is the Absender's (0990). The message is not read again: the signature is checked on its
     * DOM, the schema was checked and the JAXB tree built in the same parse. A refusal is recorded in the scope's
     * refusal log.
     *
     * @param tlsClient the certificate the TLS client presented (leaf of its chain); {@code null} if none (plain
     *                  http, or no client certificate)
     */
    public Checked check(InboundMessage inbound, X509Certificate tlsClient) {
        byte[] raw = inbound.raw();
        Envelope<WbciMessage> envelope;
        PartnerAuthenticator.Signer signer;
        try {
            inbound.checkRootAndVersion();
            signer = authenticate(inbound);
            envelope = codec.readMessage(inbound);
        } catch (WireException e) {
            return new Checked.Refused(refuseUnreadable(raw, e));
        }
        WbciMessage message = envelope.payload();
        VorabstimmungsId vaId = message.vorabstimmungsId();
        VaLogContext.bindToTransaction(vaId.value());
        CarrierCode sender = message.absender();
        if (partners.find(sender).isEmpty()) {
            return new Checked.Refused(refuse(
                    raw,
                    TeqCode.SIGNATUR_UNGUELTIG,
                    "UNKNOWN_SENDER",
                    "Absender " + sender + " is not a registered partner",
                    sender,
                    vaId));
        }
        try {
            authenticator.checkSender(signer, sender);
        } catch (WireException e) {
            return new Checked.Refused(refuse(raw, e.teqCode(), e.kind().name(), e.detail(), sender, vaId));
        }
        try {
            authenticator.checkTlsClient(tlsClient, sender);
        } catch (WireException e) {
            return new Checked.Refused(refuse(raw, e.teqCode(), "TLS_CLIENT_NOT_ABSENDER", e.detail(), sender, vaId));
        }
        return new Checked.Authentic(envelope, sender);
    }

    /**
     * The refusal of a message older than the replay window allows (0990), recorded in the scope's refusal log;
     * checked after a transport retry was recognised, which is answered as before however late it comes.
     */
    public Optional<Receipt> stale(Checked.Authentic authentic, byte[] raw) {
        return replayWindow
                .check(authentic.envelope().control().zeitstempel())
                .map(why -> refuse(
                        raw,
                        TeqCode.SIGNATUR_UNGUELTIG,
                        "OUTSIDE_REPLAY_WINDOW",
                        why,
                        authentic.sender(),
                        authentic.envelope().payload().vorabstimmungsId()));
    }

    /** Whether the tenant in scope has taken a message of these bytes. */
    public boolean holds(String digest) {
        return messages.findInboundByDigest(digest).isPresent();
    }

    /**
     * A message accepted (TEQ OK) while it was held for routing (ADR 0015), taken now by the tenant in scope as if it
     * had arrived at {@code receivedAt}. Its checks were made at receipt; a message this tenant holds already is not
     * taken again.
     *
     * @return whether it was taken now
     */
    @Transactional
    public boolean takeHeld(byte[] raw, java.time.Instant receivedAt) {
        String digest = Digests.sha256(raw);
        if (messages.findInboundByDigest(digest).isPresent()) {
            return false;
        }
        WbciMessage message = codec.readMessage(codec.reader().parse(raw)).payload();
        VaLogContext.bindToTransaction(message.vorabstimmungsId().value());
        Rolle ownRole = message.endkundenvertragspartner()
                .rolleOf(tenants.current().code())
                .orElseThrow(() -> new IllegalStateException(message.vorabstimmungsId() + " does not name "
                        + tenants.current().code()));
        intake.take(message, raw, message.absender(), ownRole, digest, receivedAt);
        return true;
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
            throw new WireException(
                    WireException.Kind.SIGNATURE_INVALID, "the wsse:Security header cannot be processed: " + e, e);
        }
    }

    /** A message that cannot be read (or not trusted) still gets a TEQ naming its VA where it can be found. */
    private Receipt refuseUnreadable(byte[] raw, WireException e) {
        Optional<VorabstimmungsId> named = vaIdIn(raw);
        named.ifPresent(id -> VaLogContext.bindToTransaction(id.value()));
        return refuse(
                raw,
                e.teqCode(),
                e.kind().name(),
                e.detail(),
                null,
                named.orElse(VorabstimmungsId.of(tenants.current().code() + ".V000000000")));
    }

    private Receipt refuse(
            byte[] raw, TeqCode code, String kind, String detail, CarrierCode sender, VorabstimmungsId vaRef) {
        log.warn("refused inbound message with TEQ {} ({}): {}", code.code(), kind, detail);
        refusals.insert(
                code.code(), kind, detail, sender == null ? null : sender.value(), raw, OffsetDateTime.now(clock));
        return new Receipt(composer.teq(vaRef, code), sender);
    }

    private Receipt ok(VorabstimmungsId vaId, CarrierCode sender) {
        return new Receipt(composer.teq(vaId, TeqCode.OK), sender);
    }

    /** The VA-ID a message that cannot be read names, if it can be found in the bytes. */
    private static Optional<VorabstimmungsId> vaIdIn(byte[] raw) {
        Matcher m = VA_ID.matcher(
                new String(raw, 0, Math.min(raw.length, 64 * 1024), java.nio.charset.StandardCharsets.UTF_8));
        if (m.find() && SimpleType.VORABSTIMMUNGS_ID.accepts(m.group(1))) {
            return Optional.of(VorabstimmungsId.of(m.group(1)));
        }
        return Optional.empty();
    }
}
