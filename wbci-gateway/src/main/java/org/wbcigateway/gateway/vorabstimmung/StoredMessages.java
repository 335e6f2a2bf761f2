package org.wbcigateway.gateway.vorabstimmung;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.wbcigateway.domain.message.WbciMessage;
import org.wbcigateway.gateway.platform.tenancy.TenantScope;
import org.wbcigateway.wire.WbciCodec;

/**
 * Stored messages as domain messages, read from their raw bytes at most once: a stored message never changes and its
 * id is never used again, so the domain message read once (or handed over when it was stored) serves every later
 * unit of work on this node, as long as it stays among the most recently used. Ids are a tenant's own (each schema
 * counts from 1): a message is known by its tenant's schema and its id.
 */
@Component
public class StoredMessages {

    static final int CAPACITY = 4096;

    private final MessageRepository messages;
    private final WbciCodec codec;
    private final AtomicLong parses = new AtomicLong();
    private final Map<Key, WbciMessage> recent = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, WbciMessage> eldest) {
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

    private synchronized WbciMessage known(long id) {
        return recent.get(Key.of(id));
    }

    private synchronized void keep(long id, WbciMessage message) {
        recent.put(Key.of(id), message);
    }
}
