package org.wbcigateway.gateway.outbox;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.gateway.platform.config.GatewayProperties;
import org.wbcigateway.gateway.platform.config.ProtocolConfig;
import org.wbcigateway.gateway.platform.observability.Failures;
import org.wbcigateway.gateway.platform.observability.TeqMetrics;
import org.wbcigateway.gateway.platform.observability.VaLogContext;
import org.wbcigateway.gateway.platform.partners.Partner;
import org.wbcigateway.gateway.platform.partners.PartnerDirectory;
import org.wbcigateway.gateway.platform.persistence.DatabaseUnavailable;
import org.wbcigateway.gateway.platform.scheduling.LoopWorker;
import org.wbcigateway.gateway.platform.scheduling.Woken;
import org.wbcigateway.gateway.platform.tenancy.TenantScope;
import org.wbcigateway.gateway.platform.tenancy.Tenants;

/**
 * Delivers the outbox: takes due messages by a lease, posts each to its partner, and records the outcome. TEQ OK
 * marks it delivered; a negative TEQ is a technical rejection that no re-send can fix, so it goes to the dead
 * letters at once (an operator decides); no answer at all, or a TEQ for another Vorabstimmung, is retried with
 * exponential backoff up to a cap, then dead-lettered. Several nodes may run this at once: the lease makes each
 * message theirs alone, and only the lease's holder records the outcome (a node whose lease ran out while it waited
 * for the partner leaves the message to the node that took it over).
 *
 * <p>One partner's outage must not hold up the others: messages go out one at a time, and a partner that hangs
 * costs a request timeout per attempt. So within one round a partner that failed an attempt gets no further
 * attempts (its other due messages are put back for the next round, no attempt counted), and in every batch the
 * messages to partners whose latest attempt failed go last. Only the head of each Vorabstimmung is ever due, so this
 * reordering never changes the order within one Vorabstimmung.
 */
@Component
public class OutboxSender extends LoopWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 20;

    private final OutboxRepository outbox;
    private final PartnerClient client;
    private final GatewayProperties properties;
    private final PartnerDirectory partners;
    private final TransactionTemplate tx;
    private final TeqMetrics teqMetrics;
    private final List<DeliveryListener> listeners;
    private final Clock clock;
    private final ExecutorService workers;
    private final Tenants tenants;
    /** This sender's lease owner: the process (pid@host) and an instance suffix, unique even within one JVM. */
    private final String node = nodeName();
    /** Partners whose latest attempt from this node got no TEQ. */
    private final Set<CarrierCode> failing = ConcurrentHashMap.newKeySet();

    public OutboxSender(
            OutboxRepository outbox,
            PartnerClient client,
            GatewayProperties properties,
            PartnerDirectory partners,
            TransactionTemplate tx,
            TeqMetrics teqMetrics,
            List<DeliveryListener> listeners,
            OutboxWakeup wakeup,
            Tenants tenants,
            @Qualifier(ProtocolConfig.SYSTEM_CLOCK) Clock clock) {
        super("outbox-sender", properties.outbox().pollInterval(), wakeup);
        this.outbox = outbox;
        this.client = client;
        this.properties = properties;
        this.partners = partners;
        this.tx = tx;
        this.teqMetrics = teqMetrics;
        this.listeners = List.copyOf(listeners);
        this.clock = clock;
        this.tenants = tenants;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(properties.outbox().concurrency(), r -> {
            Thread t = new Thread(r, "outbox-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void start() {
        if (!properties.outbox().enabled()) {
            log.warn("the outbox is held (wbci.outbox.enabled=false): messages are queued, nothing is sent");
        }
        super.start();
    }

    @jakarta.annotation.PreDestroy
    void stopWorkers() {
        stop();
        workers.shutdownNow();
    }

    /** Rounds run at the poll interval, and at once after a transaction that queued a message has committed. */
    @Override
    protected void round(Woken woken) {
        tenants.forEach(tenant -> woken.includes(tenant.id()), tenant -> sendDue());
    }

    /**
     * One round: everything due now. Returns how many messages were attempted. While the database is away the round
     * ends with a warning; what this node had leased stays leased to it and is taken back in its next round (a
     * message already posted is then posted again, byte-identical, which the partner recognises as a retry).
     * Rounds of one sender never overlap (one loop, and the method is synchronized for callers besides it), which
     * {@link OutboxRepository#lockDue} relies on. A held outbox ({@code wbci.outbox.enabled=false}) sends nothing.
     */
    public synchronized int sendDue() {
        if (!properties.outbox().enabled()) {
            return 0;
        }
        int attempted = 0;
        // a partner that gave no TEQ in this round: its other messages wait until the failed one is tried again
        Map<CarrierCode, OffsetDateTime> failedThisRound = new ConcurrentHashMap<>();
        List<OutboxEntry> claimed;
        int attemptedInBatch;
        try {
            do {
                claimed = claim();
                attemptedInBatch = 0;
                List<Future<Outcome>> running = new ArrayList<>();
                for (OutboxEntry entry : answeringPartnersFirst(claimed)) {
                    running.add(workers.submit(TenantScope.carried(() -> send(entry, failedThisRound))));
                }
                for (Future<Outcome> f : running) {
                    if (outcome(f) != Outcome.DEFERRED) {
                        attempted++;
                        attemptedInBatch++;
                    }
                }
                // a batch of deferrals only ends the round: otherwise, with a backlog longer than the deferral, the
                // round would never end and the failed partner would never be tried again
            } while (claimed.size() == BATCH && attemptedInBatch > 0);
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.is(e)) {
                throw e;
            }
            log.warn(
                    "outbox round stopped after {} message(s): database unavailable ({}); resuming next round",
                    attempted,
                    e.getMessage());
        }
        return attempted;
    }

    private enum Outcome {
        DELIVERED_OR_FINAL,
        FAILED,
        DEFERRED
    }

    /**
     * One claimed entry, on a worker: the entries of one batch belong to different Vorabstimmungen (only a
     * Vorabstimmung's oldest undelivered message is due), so they may go out at the same time. A partner that has
     * failed in this round gets no further attempt in it.
     */
    private Outcome send(OutboxEntry entry, Map<CarrierCode, OffsetDateTime> failedThisRound) {
        OffsetDateTime retry = failedThisRound.get(entry.partner());
        if (retry != null) {
            outbox.defer(entry.id(), node, retry);
            return Outcome.DEFERRED;
        }
        if (!outbox.renewLease(entry.id(), node, now().plus(properties.outbox().lease()))) {
            return Outcome.DEFERRED;
        }
        if (attempt(entry)) {
            return Outcome.DELIVERED_OR_FINAL;
        }
        failedThisRound.putIfAbsent(entry.partner(), later(now().plus(backoff(entry.attempts() + 1))));
        return Outcome.FAILED;
    }

    private static Outcome outcome(Future<Outcome> running) {
        try {
            return running.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending", e);
        }
    }

    /** At least one poll interval ahead, so a deferred message is not claimed again in the same round. */
    private OffsetDateTime later(OffsetDateTime at) {
        OffsetDateTime earliest = now().plus(properties.outbox().pollInterval());
        return at.isBefore(earliest) ? earliest : at;
    }

    /** Stable: id order, except that messages to partners whose latest attempt failed come after the others. */
    private List<OutboxEntry> answeringPartnersFirst(List<OutboxEntry> claimed) {
        return claimed.stream()
                .sorted(Comparator.comparing(e -> failing.contains(e.partner())))
                .toList();
    }

    private List<OutboxEntry> claim() {
        OffsetDateTime now = now();
        OffsetDateTime until = now.plus(properties.outbox().lease());
        return tx.execute(status -> {
            List<OutboxEntry> due = outbox.lockDue(now, BATCH, node);
            due.forEach(e -> outbox.lease(e.id(), node, until));
            return due;
        });
    }

    /**
     * Delivers one entry; false if the partner gave no TEQ (worth another attempt later). A failure of the database
     * ends the round (the next one takes the entry back); any other failure (a bug, a misconfigured endpoint URL) is a
     * failed attempt of this entry alone, so it ends as a dead letter an operator sees and never holds up the others.
     */
    private boolean attempt(OutboxEntry entry) {
        try (VaLogContext.Scope va = VaLogContext.open(entry.vaId())) {
            try {
                return deliver(entry);
            } catch (RuntimeException e) {
                if (DatabaseUnavailable.is(e)) {
                    throw e;
                }
                log.error(
                        "message {} of {} to {}: attempt failed unexpectedly",
                        entry.messageId(),
                        entry.vaId(),
                        entry.partner(),
                        e);
                failed(entry, "unexpected error: " + Failures.describe(e));
                return false;
            }
        }
    }

    private boolean deliver(OutboxEntry entry) {
        var endpoint = partners.find(entry.partner()).flatMap(Partner::endpoint);
        if (endpoint.isEmpty()) {
            outbox.markFailed(
                    entry.id(), node, "no endpoint in the partner directory for " + entry.partner(), null, now(), true);
            return true;
        }
        OutgoingMessage message = outbox.message(entry.messageId()).orElseThrow();
        PartnerClient.Result result = post(entry, endpoint.get(), message.raw());
        if (result instanceof PartnerClient.Result.Answered answered) {
            failing.remove(entry.partner());
            if (answered.code() == TeqCode.OK) {
                if (settle(() -> outbox.markDelivered(entry.id(), node, now()), l -> l.delivered(message))) {
                    log.info(
                            "delivered {} (message {}) of {} to {}",
                            message.type().abbreviation(),
                            entry.messageId(),
                            entry.vaId(),
                            entry.partner());
                } else {
                    leaseLost(entry, "delivered");
                }
            } else if (!settle(
                    () -> outbox.markFailed(
                            entry.id(),
                            node,
                            "negative TEQ " + answered.code().code() + " " + answered.text(),
                            answered.code().code(),
                            now(),
                            true),
                    l -> l.refused(message, answered.code(), answered.text()))) {
                leaseLost(entry, "refused with TEQ " + answered.code().code());
            } else {
                log.warn(
                        "{} of {} refused by {} with TEQ {}: dead letter",
                        message.type().abbreviation(),
                        entry.vaId(),
                        entry.partner(),
                        answered.code().code());
            }
            return true;
        }
        failed(entry, ((PartnerClient.Result.Failed) result).reason());
        return false;
    }

    /** One attempt, timed and counted; a TEQ that answers another Vorabstimmung is no answer. */
    private PartnerClient.Result post(OutboxEntry entry, String endpoint, byte[] soap) {
        long start = System.nanoTime();
        PartnerClient.Result result;
        try {
            result = client.post(entry.partner(), endpoint, soap);
        } catch (RuntimeException e) {
            // e.g. WSS4J failing with an exception of its own on a malformed security header of the partner's TEQ:
            // a failed attempt like any other, not the end of this round with the message still leased
            result =
                    new PartnerClient.Result.Failed("unreadable answer from " + endpoint + ": " + Failures.describe(e));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (result instanceof PartnerClient.Result.Answered other
                && !other.vaRef().value().equals(entry.vaId())) {
            // signed by the partner, but no answer to this message: a mix-up on its side or a replayed TEQ
            result = new PartnerClient.Result.Failed("TEQ " + other.code().code() + " from " + entry.partner()
                    + " answers " + other.vaRef().value() + ", not " + entry.vaId());
        }
        if (result instanceof PartnerClient.Result.Answered answered) {
            teqMetrics.received(answered.code(), entry.partner());
            teqMetrics.delivery(
                    entry.partner(),
                    answered.code() == TeqCode.OK ? TeqMetrics.Outcome.OK : TeqMetrics.Outcome.NEGATIVE,
                    took);
        } else {
            teqMetrics.delivery(entry.partner(), TeqMetrics.Outcome.ERROR, took);
        }
        return result;
    }

    /**
     * Records a partner's answer and lets the listeners react, in one transaction; false (nothing changed) if this
     * node lost the entry's lease meanwhile. A negative TEQ makes a dead letter at once: no re-send can change the
     * partner's verdict on the same bytes.
     */
    private boolean settle(BooleanSupplier record, Consumer<DeliveryListener> react) {
        return Boolean.TRUE.equals(tx.execute(status -> {
            if (!record.getAsBoolean()) {
                return false;
            }
            listeners.forEach(react);
            return true;
        }));
    }

    /** No TEQ: retry with backoff, or give up after the last attempt. */
    private void failed(OutboxEntry entry, String reason) {
        failing.add(entry.partner());
        int attempts = entry.attempts() + 1;
        boolean dead = attempts >= properties.outbox().maxAttempts();
        if (!outbox.markFailed(entry.id(), node, reason, null, now().plus(backoff(attempts)), dead)) {
            leaseLost(entry, "failed (" + reason + ")");
            return;
        }
        log.warn(
                "message {} of {} to {}: attempt {} failed ({}){}",
                entry.messageId(),
                entry.vaId(),
                entry.partner(),
                attempts,
                reason,
                dead ? ": dead letter" : "");
    }

    /** The attempt outlived the lease and another node has the message now; its outcome is the one that counts. */
    private void leaseLost(OutboxEntry entry, String outcome) {
        log.warn(
                "message {} of {} to {}: {} after this node's lease was taken over; left to the new holder",
                entry.messageId(),
                entry.vaId(),
                entry.partner(),
                outcome);
    }

    private static String nodeName() {
        String process = ManagementFactory.getRuntimeMXBean().getName();
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 8);
        // lease_owner holds 64 characters
        return (process.length() > 50 ? process.substring(0, 50) : process) + "/" + suffix;
    }

    /** The lease owner this sender writes into the outbox. */
    public String node() {
        return node;
    }

    /** initial × 2^(attempts−1), capped. */
    Duration backoff(int attempts) {
        Duration initial = properties.outbox().initialBackoff();
        Duration max = properties.outbox().maxBackoff();
        Duration wait = initial.multipliedBy(1L << Math.min(attempts - 1, 30));
        return wait.compareTo(max) > 0 || wait.isNegative() ? max : wait;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
