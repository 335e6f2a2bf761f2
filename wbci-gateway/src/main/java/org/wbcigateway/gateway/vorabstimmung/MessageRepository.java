package org.wbcigateway.gateway.vorabstimmung;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.MessageType;
import org.wbcigateway.gateway.platform.persistence.ColumnText;
import org.wbcigateway.gateway.platform.security.StoredBytes;
import org.wbcigateway.gateway.vorabstimmung.MessageRecord.Direction;
import org.wbcigateway.gateway.vorabstimmung.MessageRecord.Outcome;

@Repository
public class MessageRepository {

    private final JdbcClient jdbc;
    private final StoredBytes bytes;

    public MessageRepository(JdbcClient jdbc) {
        this(jdbc, StoredBytes.PLAIN);
    }

    @org.springframework.beans.factory.annotation.Autowired
    public MessageRepository(JdbcClient jdbc, StoredBytes bytes) {
        this.jdbc = jdbc;
        this.bytes = bytes;
    }

    /** Stores the message and returns its id. */
    public long insert(
            String vaId,
            Direction direction,
            MessageType type,
            Geschaeftsfall geschaeftsfall,
            String requestId,
            CarrierCode partner,
            byte[] raw,
            String digest,
            Outcome outcome,
            String outcomeDetail,
            OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO wbci_message (va_id, direction, message_type, geschaeftsfall, request_id, partner, raw,
                  digest, inbound_digest, outcome, outcome_detail, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        vaId,
                        direction.name(),
                        type.name(),
                        geschaeftsfall.name(),
                        requestId,
                        partner.value(),
                        bytes.seal(raw),
                        digest,
                        direction == Direction.IN ? digest : null,
                        outcome.name(),
                        ColumnText.truncate(outcomeDetail),
                        now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<MessageRecord> find(long id) {
        return jdbc.sql("SELECT * FROM wbci_message WHERE id = ?")
                .param(id)
                .query(this::map)
                .optional();
    }

    /** An inbound message with exactly these bytes, if one was accepted before (a transport retry). */
    public Optional<MessageRecord> findInboundByDigest(String digest) {
        return jdbc.sql("SELECT * FROM wbci_message WHERE inbound_digest = ?")
                .param(digest)
                .query(this::map)
                .optional();
    }

    /** The id of the Vorabstimmung's latest message of this direction, type and outcome, if there is one. */
    public Optional<Long> latest(String vaId, Direction direction, MessageType type, Outcome outcome) {
        return jdbc.sql("""
                SELECT id FROM wbci_message WHERE va_id = ? AND direction = ? AND message_type = ? AND outcome = ?
                ORDER BY id DESC LIMIT 1""")
                .params(vaId, direction.name(), type.name(), outcome.name())
                .query(Long.class)
                .optional();
    }

    /** The timeline of a Vorabstimmung, oldest first. */
    public List<MessageRecord> timeline(String vaId) {
        return jdbc.sql("SELECT * FROM wbci_message WHERE va_id = ? ORDER BY id")
                .param(vaId)
                .query(this::map)
                .list();
    }

    /** Direction and time of every message stored since {@code since}, one by one (not held in memory). */
    public void eachSince(OffsetDateTime since, BiConsumer<Direction, OffsetDateTime> stored) {
        jdbc.sql("SELECT direction, created_at FROM wbci_message WHERE created_at >= ?")
                .param(since)
                .query(rs -> {
                    stored.accept(
                            Direction.valueOf(rs.getString("direction")),
                            rs.getObject("created_at", OffsetDateTime.class));
                });
    }

    /** When the partner's latest message that was not a Klärfall was stored; empty if none. */
    public Optional<OffsetDateTime> lastReceived(CarrierCode partner) {
        return jdbc.sql("SELECT MAX(created_at) FROM wbci_message WHERE partner = ? AND direction = 'IN' "
                        + "AND outcome <> 'KLAERFALL'")
                .param(partner.value())
                .query((rs, i) -> rs.getObject(1, OffsetDateTime.class))
                .optional();
    }

    /** The raw bytes of the partner's latest stored message; empty if none. */
    public Optional<byte[]> lastReceivedRaw(CarrierCode partner) {
        return jdbc.sql("SELECT raw FROM wbci_message WHERE partner = ? AND direction = 'IN' ORDER BY id DESC LIMIT 1")
                .param(partner.value())
                .query((rs, i) -> bytes.open(rs.getBytes(1)))
                .optional();
    }

    private MessageRecord map(ResultSet rs, int row) throws SQLException {
        return new MessageRecord(
                rs.getLong("id"),
                rs.getString("va_id"),
                Direction.valueOf(rs.getString("direction")),
                MessageType.valueOf(rs.getString("message_type")),
                Geschaeftsfall.valueOf(rs.getString("geschaeftsfall")),
                rs.getString("request_id"),
                CarrierCode.of(rs.getString("partner")),
                bytes.open(rs.getBytes("raw")),
                rs.getString("digest"),
                Outcome.valueOf(rs.getString("outcome")),
                rs.getString("outcome_detail"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
