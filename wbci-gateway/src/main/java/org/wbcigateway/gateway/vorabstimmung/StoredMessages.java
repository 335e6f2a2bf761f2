package org.wbcigateway.gateway.vorabstimmung;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.wbcigateway.domain.message.WbciMessage;
import org.wbcigateway.gateway.platform.retention.MessagesPseudonymised;
import org.wbcigateway.gateway.platform.tenancy.TenantScope;
import org.wbcigateway.wire.WbciCodec;

/**
 * Stored messages as domain messages, read from their raw bytes at most once in a while: a stored message's content
 * changes only when its personal data is removed (ADR 0017), long after its Vorabstimmung ended, and its id is never
 * used again, so the domain message read once (or handed over when it was stored) serves later units of work on this
 * node for up to {@link #KEPT} while it stays among the most recently used. The node that removes personal data
 * forgets those messages at once ({@link MessagesPseudonymised}); any other node reads them anew within {@link #KEPT}.
 * Ids are a tenant's own (each schema counts from 1): a message is known by its tenant's schema and its id.
 */
@Component
public class StoredMessages {

    static final int CAPACITY = 4096;

    /** How long a node keeps a message it has read: what a node may still show of data removed meanwhile. */
    static final java.time.Duration KEPT = java.time.Duration.ofMinutes(10);

    private final MessageRepository messages;
    private final WbciCodec codec;
    private final AtomicLong parses = new AtomicLong();
    private final Map<Key, Kept> recent = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
            return size() > CAPACITY;
        }
    };

    public StoredMessages(MessageRepository messages, WbciCodec codec) {
        this.messages = messages;
        this.codec = codec;
    }

    /** The stored message {@code id}; read from its bytes only if it is not known yet. */
    public WbciMessage read(long id) {
        WbciMessage known = known(id);
        return known != null
                ? known
                : parse(messages.find(id).orElseThrow(() -> new NotFoundException("no stored message " + id)));
    }

    /** The message of a row already loaded (e.g. for a timeline); read from its bytes only if it is not known yet. */
    public WbciMessage read(MessageRecord m) {
        WbciMessage known = known(m.id());
        return known != null ? known : parse(m);
    }

    private WbciMessage parse(MessageRecord m) {
        parses.incrementAndGet();
        WbciMessage read = codec.readMessage(m.raw()).payload();
        keep(m.id(), read);
        return read;
    }

    /** The message was just stored as {@code id}: known from the moment its transaction commits. */
    void stored(long id, WbciMessage message) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    keep(id, message);
                }
            });
        } else {
            keep(id, message);
        }
    }

    /** How often a stored message was read from its bytes since the start. */
    public long parses() {
        return parses.get();
    }

    /** Forgets every message read so far (tests: a node that has just started). */
    public synchronized void forget() {
        recent.clear();
    }

    /** A stored message: the schema of the tenant in scope ("" unscoped: the home schema) and its id there. */
    private record Key(String schema, long id) {
        static Key of(long id) {
            return new Key(TenantScope.current().map(TenantScope.Scope::schema).orElse(""), id);
        }
    }

    /** Messages whose personal data was just removed: read anew (also under the unscoped key of the home schema). */
    @org.springframework.context.event.EventListener
    public synchronized void changed(MessagesPseudonymised event) {
        for (long id : event.ids()) {
            recent.remove(new Key(event.schema(), id));
            recent.remove(new Key("", id));
        }
    }

    private record Kept(WbciMessage message, long readAt) {}

    private synchronized WbciMessage known(long id) {
        Key key = Key.of(id);
        Kept kept = recent.get(key);
        if (kept == null) {
            return null;
        }
        if (System.nanoTime() - kept.readAt() > KEPT.toNanos()) {
            recent.remove(key);
            return null;
        }
        return kept.message();
    }

    private synchronized void keep(long id, WbciMessage message) {
        recent.put(Key.of(id), new Kept(message, System.nanoTime()));
    }
}
