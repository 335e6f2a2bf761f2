package org.wbcigateway.gateway.crm.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The webhook cursor's lease: another node keeps out until it expires; the holder itself takes it back at once (a
 * round cut short by the database going away left it behind, and the holder runs one round at a time).
 */
class WebhookCursorTest {

    @Test
    void aLeftBehindLeaseIsTakenBackByItsHolderAtOnceAndByOthersOnlyAfterItExpired() {
        DriverManagerDataSource ds = new DriverManagerDataSource(
                "jdbc:h2:mem:webhook_cursor;MODE=PostgreSQL;"
                        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "sa",
                "");
        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        JdbcClient jdbc = JdbcClient.create(ds);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        new ConsumerCursors(jdbc).ensure(EventWebhookSender.CONSUMER, now);
        WebhookCursor cursor = new WebhookCursor(jdbc);

        assertThat(cursor.lockDue(now, "node-a")).isPresent();
        cursor.lease("node-a", now.plusMinutes(1));
        assertThat(cursor.lockDue(now, "node-b")).as("leased to node-a").isEmpty();
        assertThat(cursor.lockDue(now, "node-a")).as("its holder takes it back").isPresent();
        assertThat(cursor.lockDue(now.plusMinutes(2), "node-b")).as("expired").isPresent();
    }
}
