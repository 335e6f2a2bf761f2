package org.wbcigateway.gateway.platform.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Meldung;
import org.wbcigateway.domain.message.WbciMessage;
import org.wbcigateway.domain.state.Direction;
import org.wbcigateway.gateway.platform.tenancy.Tenants;

/**
 * Every WBCI message the gateway stores — received, or queued to be sent — counted as {@code wbci.messages} and
 * logged at INFO, once its transaction has committed (a message rolled back was never received or sent). Delivery
 * of a queued message is reported by the outbox ({@link TeqMetrics}).
 */
@Component
public class MessageTraffic {

    private static final Logger log = LoggerFactory.getLogger(MessageTraffic.class);

    private final MeterRegistry meters;
    private final Tenants tenants;

    public MessageTraffic(MeterRegistry meters, Tenants tenants) {
        this.meters = meters;
        this.tenants = tenants;
    }

    public void stored(WbciMessage message, Geschaeftsfall geschaeftsfall, Direction direction, CarrierCode partner) {
        String codes = codes(message);
        String tenant = tenants.metricTag();
        Runnable report = () -> {
            Counter.builder("wbci.messages")
                    .description("WBCI messages received (in) and queued to be sent (out)")
                    .tag("direction", direction == Direction.INCOMING ? "in" : "out")
                    .tag("type", message.type().name())
                    .tag("geschaeftsfall", geschaeftsfall.code())
                    .tag("code", codes)
                    .tag("partner", partner.value())
                    .tag("tenant", tenant)
                    .register(meters)
                    .increment();
            if (direction == Direction.INCOMING) {
                log.info(
                        "received {} ({}, code {}) for {} from {}",
                        message.type().abbreviation(),
                        geschaeftsfall.code(),
                        codes,
                        message.vorabstimmungsId(),
                        partner);
            } else {
                log.info(
                        "queued {} ({}, code {}) for {} to {}",
                        message.type().abbreviation(),
                        geschaeftsfall.code(),
                        codes,
                        message.vorabstimmungsId(),
                        partner);
            }
        };
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            report.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                report.run();
            }
        });
    }

    /** The Meldungscodes of a Meldung's positions, sorted, each once, joined by '+'; "none" for a request. */
    static String codes(WbciMessage message) {
        if (!(message instanceof Meldung meldung) || meldung.positionen().isEmpty()) {
            return "none";
        }
        return meldung.positionen().stream()
                .map(p -> p.meldungscode().code())
                .distinct()
                .sorted()
                .collect(Collectors.joining("+"));
    }
}
