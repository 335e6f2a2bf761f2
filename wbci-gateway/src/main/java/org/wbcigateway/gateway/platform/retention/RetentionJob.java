package org.wbcigateway.gateway.platform.retention;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.wbcigateway.gateway.platform.audit.AuditEntry;
import org.wbcigateway.gateway.platform.audit.AuditTrail;
import org.wbcigateway.gateway.platform.config.DataClass;
import org.wbcigateway.gateway.platform.config.GatewayProperties;
import org.wbcigateway.gateway.platform.config.ProtocolConfig;
import org.wbcigateway.gateway.platform.tenancy.Schemas;
import org.wbcigateway.gateway.platform.tenancy.TenantScope;
import org.wbcigateway.gateway.platform.tenancy.Tenants;

/**
 * Deletes or empties what has been kept for its period ({@link DataClass}), every {@code wbci.retention.interval}
 * on every node: each tenant's classes, then the provider's. A node takes a class of a schema only while no other
 * node holds it (a lease in {@code retention_run}), works through it in batches of its own transactions, and writes
 * what it did into that schema's audit log. Runs on the technical clock: rows are stamped with it.
 */
@Component
public class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    /** Longer than any run takes; a node that died holding a class frees it after this. */
    private static final Duration LEASE = Duration.ofMinutes(15);

    /** What one node did to one class of one schema in one run. */
    public record Purged(String schema, DataClass dataClass, Instant cutoff, long rows) {}

    private final RetentionRepository repository;
    private final Tenants tenants;
    private final Schemas schemas;
    private final TransactionTemplate tx;
    private final AuditTrail audit;
    private final GatewayProperties.Retention settings;
    private final Clock clock;
    private final String node;
    private final MeterRegistry meters;

    RetentionJob(
            RetentionRepository repository,
            Tenants tenants,
            Schemas schemas,
            TransactionTemplate tx,
            AuditTrail audit,
            GatewayProperties properties,
            @Qualifier(ProtocolConfig.SYSTEM_CLOCK) Clock clock,
            MeterRegistry meters) {
        this.meters = meters;
        this.repository = repository;
        this.tenants = tenants;
        this.schemas = schemas;
        this.tx = tx;
        this.audit = audit;
        this.settings = properties.retention();
        this.clock = clock;
        String process = ManagementFactory.getRuntimeMXBean().getName();
        this.node = (process.length() > 50 ? process.substring(0, 50) : process) + "/"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    @Scheduled(fixedDelayString = "${wbci.retention.interval:1h}", initialDelayString = "${wbci.retention.interval:1h}")
    void scheduled() {
        if (settings.enabled()) {
            runAt(clock.instant());
        }
    }

    /** One run as of this instant: what this node deleted or emptied (classes another node held are left out). */
    public List<Purged> runAt(Instant now) {
        List<Purged> purged = new ArrayList<>();
        tenants.forEach(tenant -> {
            for (DataClass dataClass : DataClass.values()) {
                run(tenant.schema(), dataClass, now, purged);
            }
        });
        TenantScope.run(new TenantScope.OfProvider(schemas.provider()), () -> {
            for (DataClass dataClass : DataClass.values()) {
                if (dataClass.inProviderSchema()) {
                    run(schemas.provider(), dataClass, now, purged);
                }
            }
        });
        return purged;
    }

    /** The class in the schema in scope. */
    private void run(String schema, DataClass dataClass, Instant now, List<Purged> purged) {
        Instant cutoff = now.minus(settings.period(dataClass));
        try {
            if (!Boolean.TRUE.equals(tx.execute(s -> repository.lease(dataClass, node, now, now.plus(LEASE))))) {
                return;
            }
            long rows = 0;
            try {
                RetentionRepository.Batch batch;
                do {
                    batch = tx.execute(s -> repository.purgeBatch(dataClass, cutoff, now));
                    rows += batch.rows();
                } while (batch.more());
            } finally {
                long done = rows;
                tx.executeWithoutResult(s -> repository.done(dataClass, node, now, cutoff, done));
            }
            purged.add(new Purged(schema, dataClass, cutoff, rows));
            Counter.builder("wbci.retention.rows")
                    .description("Rows the retention job deleted or emptied (stored messages: pseudonymised)")
                    .tag("data_class", dataClass.name())
                    .tag("tenant", tenants.metricTag())
                    .register(meters)
                    .increment(rows);
            if (rows > 0) {
                log.info("retention: {} rows of {} in {} from before {}", rows, dataClass, schema, cutoff);
                audit.record(
                        "retention",
                        AuditEntry.Channel.SYSTEM,
                        "RETENTION " + dataClass,
                        schema,
                        "OK",
                        "rows " + rows + ", cutoff " + cutoff,
                        null);
            }
        } catch (RuntimeException e) {
            // the next run tries again; the other classes go on
            log.warn("retention: {} in {} failed: {}", dataClass, schema, e.toString());
        }
    }
}
