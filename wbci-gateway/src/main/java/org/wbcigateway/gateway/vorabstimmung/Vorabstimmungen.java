package org.wbcigateway.gateway.vorabstimmung;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Anfrage;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.domain.message.WbciMessage;
import org.wbcigateway.domain.vorabstimmung.Vorabstimmung;
import org.wbcigateway.gateway.platform.config.ProtocolConfig;

/**
 * Stored Vorabstimmungen as the domain's aggregate: a row, with its VA and active change request read as domain
 * messages ({@link StoredMessages}: once, however often a unit of work loads it); and the aggregate the engine
 * returned written back to its row.
 */
@Component
public class Vorabstimmungen {

    private final VorabstimmungRepository rows;
    private final StoredMessages messages;
    private final VorabstimmungIndex index;
    private final Clock clock;

    public Vorabstimmungen(
            VorabstimmungRepository rows,
            StoredMessages messages,
            VorabstimmungIndex index,
            @Qualifier(ProtocolConfig.SYSTEM_CLOCK) Clock clock) {
        this.rows = rows;
        this.messages = messages;
        this.index = index;
        this.clock = clock;
    }

    /** The Vorabstimmung, locked for the rest of the transaction (one writer per Vorabstimmung at a time). */
    public Optional<StoredVorabstimmung> lock(VorabstimmungsId id) {
        return rows.lock(id).map(this::stored);
    }

    /** The Vorabstimmung, locked, or {@link NotFoundException}. */
    public StoredVorabstimmung require(VorabstimmungsId id) {
        return lock(id).orElseThrow(() -> new NotFoundException("no Vorabstimmung " + id));
    }

    public Optional<StoredVorabstimmung> find(VorabstimmungsId id) {
        return rows.find(id).map(this::stored);
    }

    /**
     * Writes what the engine made of a message: a new row for the Vorabstimmung {@code next} opens, or its row
     * updated; nothing if it did not change.
     *
     * @param before    the Vorabstimmung before the message; empty if the message opened it
     * @param next      the Vorabstimmung afterwards
     * @param messageId the stored message that caused it; {@code null} for an outbox verdict
     * @param message   that message; {@code null} for an outbox verdict
     */
    public void save(Optional<StoredVorabstimmung> before, Vorabstimmung next, Long messageId, WbciMessage message) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (before.isEmpty()) {
            rows.insert(VorabstimmungRecord.of(next, messageId), now);
            index.index(next.va());
            return;
        }
        if (next.equals(before.get().aggregate())) {
            return;
        }
        VorabstimmungRecord row = before.get().row();
        Long changeRequestId = next.changeRequest() == null
                ? null
                : next.changeRequest().equals(message) ? messageId : row.changeRequestId();
        rows.update(row.with(next, changeRequestId), now);
    }

    /** The aggregate of a row: its VA and active change request read as domain messages. */
    public Vorabstimmung aggregate(VorabstimmungRecord row) {
        Vorabstimmungsanfrage va = (Vorabstimmungsanfrage) messages.read(row.vaMessageId());
        Anfrage changeRequest = row.changeRequestId() == null ? null : (Anfrage) messages.read(row.changeRequestId());
        return new Vorabstimmung(va, row.ownRole(), row.state(), row.wechseltermin(), changeRequest, row.klaerfall());
    }

    private StoredVorabstimmung stored(VorabstimmungRecord row) {
        return new StoredVorabstimmung(row, aggregate(row));
    }
}
