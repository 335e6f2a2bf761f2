package org.wbcigateway.gateway.vorabstimmung;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** IDs created by requests, unique forever per issuer (spec §3), and the sequences our own IDs are numbered by. */
@Repository
public class IssuedIdRepository {

    private final JdbcClient jdbc;

    public IssuedIdRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The digest of the message that first used this ID, if any. */
    public Optional<String> digestOf(String id) {
        return jdbc.sql("SELECT digest FROM issued_id WHERE id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    /** The next number of one of our ID sequences ({@code va_id_seq}, {@code aenderungs_id_seq}, {@code storno_id_seq}). */
    public long next(String sequence) {
        return jdbc.sql("SELECT nextval('" + sequence + "')").query(Long.class).single();
    }

    /** Records the first message that used this ID; a later one leaves the record as it is. */
    public void insertIfNew(String id, long messageId, String digest) {
        jdbc.sql("INSERT INTO issued_id (id, message_id, digest) SELECT ?, ?, ? "
                        + "WHERE NOT EXISTS (SELECT 1 FROM issued_id WHERE id = ?)")
                .params(id, messageId, digest, id)
                .update();
    }
}
