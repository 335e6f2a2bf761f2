package org.wbcigateway.gateway.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.gateway.support.Patience;
import org.wbcigateway.gateway.support.Soap;
import org.wbcigateway.wire.WbciCodec;

/**
 * {@code wbci.inbound.max-concurrent}: a message beyond the limit waits for its turn and is then answered as usual;
 * one that gets no turn within {@code wbci.inbound.queue-timeout} is answered with a Server fault, which the partner
 * retries, and leaves nothing behind; a turn ends before the commit; the REST API is not behind the limit.
 */
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:inbound-limit;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "wbci.inbound.max-concurrent=1",
            "wbci.inbound.queue-timeout=300ms"
        })
class InboundLimitEndpointTest extends SampleEndpointContext {

    @LocalServerPort
    int port;

    @Autowired
    InboundLimit limit;

    @Autowired
    WbciCodec codec;

    @Autowired
    JdbcClient jdbc;

    /** Refused input: the tenant\'s record and the provider\'s (unreadable input reaches no tenant). */
    @Autowired
    org.wbcigateway.gateway.inbound.RefusalLog refusalLog;

    @Autowired
    TransactionTemplate transactions;

    private boolean holding;

    @AfterEach
    void letGo() {
        if (holding) {
            limit.leave();
        }
    }

    @Test
    void aMessageBeyondTheLimitWaitsForItsTurnAndIsThenAnswered() throws Exception {
        byte[] va = va("000000961");
        hold();

        CompletableFuture<Soap.Response> waiting = CompletableFuture.supplyAsync(() -> post(va));
        Patience.awaiting("the request waiting for its turn").until(() -> limit.waiting() == 1);
        assertThat(waiting).isNotDone();
        assertThat(stored("DEU.MNET.V000000961")).isZero();

        letGoNow();
        Soap.Response answer = waiting.get();
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(codec.readQuittung(answer.body()).payload().code()).isEqualTo(TeqCode.OK);
        assertThat(stored("DEU.MNET.V000000961")).isOne();
        assertThat(limit.active()).isZero();
    }

    @Test
    void aMessageWithoutATurnWithinTheQueueTimeoutGetsAServerFaultAndChangesNothing() {
        byte[] va = va("000000962");
        long refusals = refusalLog.count();
        hold();

        Soap.Response busy = post(va);

        assertThat(busy.status()).isEqualTo(500);
        assertThat(busy.text()).contains("<faultcode>SOAP-ENV:Server</faultcode>", "busy, retry later");
        assertThat(stored("DEU.MNET.V000000962")).isZero();
        assertThat(refusalLog.count()).as("not a refusal of the message").isEqualTo(refusals);

        letGoNow();
        Soap.Response retried = post(va);
        assertThat(retried.status()).as(retried.text()).isEqualTo(200);
        assertThat(codec.readQuittung(retried.body()).payload().code()).isEqualTo(TeqCode.OK);
        assertThat(stored("DEU.MNET.V000000962")).isOne();
    }

    @Test
    void aTurnIsGivenBackBeforeTheCommitSoTheNextMessageNeedNotWaitForTheDisk() {
        AtomicInteger activeAtCommit = new AtomicInteger(-1);
        hold();
        holding = false;

        transactions.executeWithoutResult(status -> {
            limit.leaveBeforeCommit();
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCompletion() { // after the limit's own, before the database commits
                    activeAtCommit.set(limit.active());
                }
            });
            assertThat(limit.active()).as("while the transaction works").isOne();
        });

        assertThat(activeAtCommit).as("when it commits").hasValue(0);
        limit.leave();
        assertThat(limit.active()).as("given back once only").isZero();
    }

    @Test
    void theLimitIsWhatWasConfiguredAndHoldsOnlyTheWbciEndpoint() {
        assertThat(limit.max()).isEqualTo(1);
        hold();
        Soap.Response wsdl = Soap.get("http://127.0.0.1:" + port + "/wbci/wbci.wsdl");
        assertThat(wsdl.status()).isEqualTo(200);
        Soap.Response health = Soap.get("http://127.0.0.1:" + port + "/actuator/health");
        assertThat(health.status()).isEqualTo(200);
    }

    private void hold() {
        try {
            assertThat(limit.enter()).as("the only turn").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        holding = true;
    }

    private void letGoNow() {
        holding = false;
        limit.leave();
    }

    private static byte[] va(String idSuffix) {
        return signed(Soap.replace(Soap.sample("va-kue-orn.xml"), "DEU.MNET.V000000005", "DEU.MNET.V" + idSuffix));
    }

    private Soap.Response post(byte[] soap) {
        return Soap.post("http://127.0.0.1:" + port + "/wbci/v2", soap);
    }

    private long stored(String vaId) {
        return jdbc.sql("SELECT COUNT(*) FROM vorabstimmung WHERE va_id = ?")
                .param(vaId)
                .query(Long.class)
                .single();
    }

    private long rows(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
