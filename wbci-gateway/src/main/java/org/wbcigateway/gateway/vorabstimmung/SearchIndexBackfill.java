package org.wbcigateway.gateway.vorabstimmung;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.gateway.platform.tenancy.Tenants;

/** Indexes, once at start, the Vorabstimmungen stored before the search columns existed (V8). */
@Component
class SearchIndexBackfill {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexBackfill.class);
    private static final int BATCH = 200;

    private final VorabstimmungIndex index;
    private final StoredMessages messages;
    private final TransactionTemplate tx;
    private final Tenants tenants;

    SearchIndexBackfill(VorabstimmungIndex index, StoredMessages messages, TransactionTemplate tx, Tenants tenants) {
        this.index = index;
        this.messages = messages;
        this.tx = tx;
        this.tenants = tenants;
    }

    @EventListener(ApplicationReadyEvent.class)
    void backfill() {
        tenants.forEach(tenant -> backfillTenant());
    }

    /** The tenant in scope. */
    private void backfillTenant() {
        Set<Long> unreadable = new HashSet<>();
        int indexed = 0;
        try {
            for (List<Long> batch = index.unindexedVaMessages(BATCH);
                    !batch.isEmpty() && !unreadable.containsAll(batch);
                    batch = index.unindexedVaMessages(BATCH + unreadable.size())) {
                for (Long id : batch) {
                    if (!unreadable.contains(id) && indexOne(id)) {
                        indexed++;
                    } else {
                        unreadable.add(id);
                    }
                }
            }
        } catch (RuntimeException e) {
            log.warn("search index backfill stopped: {}", e.toString());
        }
        if (indexed > 0 || !unreadable.isEmpty()) {
            log.info("search index: {} older Vorabstimmungen indexed, {} not readable", indexed, unreadable.size());
        }
    }

    private boolean indexOne(long messageId) {
        try {
            Object payload = messages.read(messageId);
            if (!(payload instanceof Vorabstimmungsanfrage va)) {
                return false;
            }
            tx.executeWithoutResult(status -> index.index(va));
            return true;
        } catch (RuntimeException e) {
            log.warn("stored VA message {} cannot be indexed: {}", messageId, e.toString());
            return false;
        }
    }
}
