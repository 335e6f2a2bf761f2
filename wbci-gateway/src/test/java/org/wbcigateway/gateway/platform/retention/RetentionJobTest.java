package org.wbcigateway.gateway.platform.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wbcigateway.domain.calendar.Bundesland;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.Portierungskennung;
import org.wbcigateway.gateway.platform.config.DataClass;
import org.wbcigateway.gateway.platform.config.GatewayProperties;
import org.wbcigateway.gateway.platform.tenancy.Schemas;
import org.wbcigateway.gateway.platform.tenancy.TenantScope;
import org.wbcigateway.gateway.platform.tenancy.Tenants;
import org.wbcigateway.gateway.support.Gateway;
import org.wbcigateway.gateway.support.Patience;
import org.wbcigateway.gateway.support.Soap;

/**
 * Each data class is deleted or emptied exactly when its period ends, never earlier (issue 16), on both databases,
 * with three nodes running the job at once: every row due is handled by exactly one of them, none is missed, and
 * nothing younger is touched. Runs on fixed instants ({@link RetentionJob#runAt}); the rows are planted with
 * timestamps relative to them, in two tenants' schemas and the provider's. A period ends at the instant its
 * length after the row was made (or the Vorabstimmung ended): the row goes at that instant, not a millisecond before.
 */
class RetentionJobTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /**
     * Where the periods end for the rows planted "old" (the young ones a millisecond later): a midnight in Germany
     * two days ahead, so that the rows the gateways write themselves meanwhile are far inside every period.
     */
    private static final Instant END =
            LocalDate.now(BERLIN).plusDays(2).atStartOfDay(BERLIN).toInstant();

    /**
     * The search index's period: 60 days from a midnight to {@link #END}, in hours (one more or less across a change
     * of summer time), so that a Wechseltermin's day ends exactly when the period starts.
     */
    private static final Duration SEARCH_INDEX_PERIOD = Duration.between(
            LocalDate.ofInstant(END, BERLIN).minusDays(60).atStartOfDay(BERLIN).toInstant(), END);

    static Stream<Gateway.Database> databases() {
        return Stream.of(Gateway.Database.H2, Gateway.Database.POSTGRES);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void eachClassGoesExactlyWhenItsPeriodEndsOnceWithThreeNodes(Gateway.Database database) throws Exception {
        String name = "retention_" + Long.toString(System.nanoTime(), 36);
        int partnerPort = Gateway.freePort();
        // the job is started here only; a short refresh so that every node knows the second tenant
        Map<String, String> settings = Map.of(
                "wbci.retention.interval", "1000d",
                "wbci.partner-directory.refresh-interval", "200ms",
                "wbci.retention.periods.search-index", SEARCH_INDEX_PERIOD.toHours() + "h");
        List<Gateway> nodes = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                nodes.add(Gateway.start(
                        "DEU.AAAA", "D0AA", Gateway.freePort(), "DEU.BBBB", partnerPort, database, name, settings));
            }
            Gateway first = nodes.get(0);
            Tenants tenants = first.context().getBean(Tenants.class);
            tenants.add(CarrierCode.of("DEU.CCCC"), Portierungskennung.of("D0CC"), Bundesland.HH);
            for (Gateway node : nodes) {
                Patience.awaiting("every node serves both tenants")
                        .until(() -> node.context().getBean(Tenants.class).all().size() == 2);
            }
            GatewayProperties.Retention retention =
                    first.context().getBean(GatewayProperties.class).retention();
            assertThat(retention.period(DataClass.SEARCH_INDEX))
                    .as("as configured")
                    .isEqualTo(SEARCH_INDEX_PERIOD);
            assertThat(retention.period(DataClass.AUDIT_LOG)).as("the default").isEqualTo(Duration.ofDays(730));

            JdbcClient jdbc = first.context().getBean(JdbcClient.class);
            List<TenantScope.Scope> tenantScopes = tenants.all().stream()
                    .map(t -> (TenantScope.Scope) new TenantScope.OfTenant(t))
                    .toList();
            TenantScope.Scope provider = new TenantScope.OfProvider(
                    first.context().getBean(Schemas.class).provider());
            for (TenantScope.Scope scope : tenantScopes) {
                TenantScope.run(scope, () -> {
                    for (DataClass c : DataClass.values()) {
                        Duration period = retention.period(c);
                        plant(jdbc, c, "old", period);
                        plant(jdbc, c, "young", period);
                    }
                });
            }
            TenantScope.run(provider, () -> {
                for (DataClass c : DataClass.values()) {
                    if (c.inProviderSchema()) {
                        plant(jdbc, c, "old", retention.period(c));
                        plant(jdbc, c, "young", retention.period(c));
                    }
                }
            });
            List<TenantScope.Scope> scopes = new ArrayList<>(tenantScopes);
            scopes.add(provider);

            // a millisecond before the old rows' periods end nothing has gone; at the end they go, then the young ones
            Map<String, Long> before = runOnEveryNode(nodes, END.minusMillis(1));
            assertThat(before.values()).as("nothing before its period ended").allMatch(rows -> rows == 0);
            assertLeft(jdbc, scopes, 2);

            // every node has read the old stored VA of the first tenant (as for a timeline) before its data goes
            TenantScope.Scope home = tenantScopes.get(0);
            long oldVa = TenantScope.call(
                    home,
                    () -> jdbc.sql("SELECT id FROM wbci_message WHERE digest = 'Erika Planted-old'")
                            .query(Long.class)
                            .single());
            for (Gateway node : nodes) {
                assertThat(customer(node, home, oldVa)).isEqualTo("Erika Planted-old");
            }
            Map<String, Long> atEnd = runOnEveryNode(nodes, END);
            assertLeft(jdbc, scopes, 1);
            // the node that replaced it reads it anew at once (the others within StoredMessages.KEPT)
            assertThat(NODE_RESULTS.get())
                    .anySatisfy(node ->
                            assertThat(customer(node.getKey(), home, oldVa)).isEqualTo("entfernt"));
            // the old search index rows are two Vorabstimmungen: one rejected, one agreed and switched
            assertHandledOnce(atEnd, scopes, 2);

            Map<String, Long> afterYoung = runOnEveryNode(nodes, END.plusMillis(1));
            assertLeft(jdbc, scopes, 0);
            assertThat(TenantScope.call(
                            provider,
                            () -> jdbc.sql("SELECT COUNT(*) FROM bundle_inbox WHERE digest LIKE 'Erika Waiting%'")
                                    .query(Long.class)
                                    .single()))
                    .as("a held message not routed yet is an open case: kept")
                    .isEqualTo(1L);
            assertHandledOnce(afterYoung, scopes, 1);

            // the stored messages: no trace of the customer, still readable, the IDs kept; the one in the outbox as it
            // was
            for (TenantScope.Scope scope : tenantScopes) {
                TenantScope.run(scope, () -> {
                    List<byte[]> raws = jdbc.sql("SELECT raw FROM wbci_message WHERE digest LIKE 'Erika Planted%'")
                            .query(byte[].class)
                            .list();
                    assertThat(raws).hasSize(2);
                    for (byte[] raw : raws) {
                        String xml = new String(raw, java.nio.charset.StandardCharsets.UTF_8);
                        assertThat(xml)
                                .doesNotContain("Erika")
                                .doesNotContain("Landshuter")
                                .doesNotContain("80637");
                        assertThat(xml).contains("DEU.MNET.V000000004");
                        assertThat(new org.wbcigateway.wire.WbciCodec()
                                        .readMessage(raw)
                                        .payload())
                                .isNotNull();
                    }
                    assertThat(new String(
                                    jdbc.sql("SELECT raw FROM wbci_message WHERE digest = 'Erika Pending'")
                                            .query(byte[].class)
                                            .single(),
                                    java.nio.charset.StandardCharsets.UTF_8))
                            .as("a message still to be sent is sent as it was stored")
                            .contains("Erika Pending");
                });
            }

            // and in the nodes' metrics: every row, counted once over the three, by class and tenant
            double counted = 0;
            for (Gateway node : nodes) {
                counted += node
                        .context()
                        .getBean(io.micrometer.core.instrument.MeterRegistry.class)
                        .find("wbci.retention.rows")
                        .tag("data_class", DataClass.AUDIT_LOG.name())
                        .counters()
                        .stream()
                        .mapToDouble(io.micrometer.core.instrument.Counter::count)
                        .sum();
            }
            assertThat(counted)
                    .as("the planted audit lines of both tenants and the provider, old and young")
                    .isEqualTo(6.0);

            // what the runs did is in each schema's audit log, under the job's name
            TenantScope.run(
                    tenantScopes.get(1),
                    () -> assertThat(jdbc.sql(
                                            "SELECT COUNT(*) FROM audit_log WHERE actor = 'retention' AND channel = 'SYSTEM'")
                                    .query(Long.class)
                                    .single())
                            .as("a line per class and run that did something")
                            .isEqualTo(2L * DataClass.values().length));
        } finally {
            for (Gateway node : nodes) {
                node.close();
            }
        }
    }

    /** Runs the job on every node at once; the rows each (schema, class) lost, added up over the nodes. */
    /** The nodes of the last {@link #runOnEveryNode} that pseudonymised stored messages of the first tenant. */
    private static final java.util.concurrent.atomic.AtomicReference<List<Map.Entry<Gateway, Long>>> NODE_RESULTS =
            new java.util.concurrent.atomic.AtomicReference<>();

    private static Map<String, Long> runOnEveryNode(List<Gateway> nodes, Instant now) throws Exception {
        List<CompletableFuture<List<RetentionJob.Purged>>> runs = nodes.stream()
                .map(n -> CompletableFuture.supplyAsync(
                        () -> n.context().getBean(RetentionJob.class).runAt(now)))
                .toList();
        Map<String, Long> rows = new HashMap<>();
        List<Map.Entry<Gateway, Long>> pseudonymising = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            for (RetentionJob.Purged p : runs.get(i).get()) {
                rows.merge(p.schema() + "/" + p.dataClass(), p.rows(), Long::sum);
                if (p.dataClass() == DataClass.RAW_MESSAGES && p.rows() > 0) {
                    pseudonymising.add(Map.entry(nodes.get(i), p.rows()));
                }
            }
        }
        NODE_RESULTS.set(pseudonymising);
        return rows;
    }

    /** The firm name of a stored VA as the node reads it (its {@code StoredMessages}). */
    private static String customer(Gateway node, TenantScope.Scope scope, long messageId) {
        return TenantScope.call(scope, () -> {
            var va = (org.wbcigateway.domain.message.Vorabstimmungsanfrage) node.context()
                    .getBean(org.wbcigateway.gateway.vorabstimmung.StoredMessages.class)
                    .read(messageId);
            return ((org.wbcigateway.domain.message.Firma) va.endkunde()).firmenname();
        });
    }

    /**
     * Each class of each schema lost exactly its one row due (the search index: as many Vorabstimmungen as given),
     * handled by one node, not by two, none missed.
     */
    private static void assertHandledOnce(Map<String, Long> rows, List<TenantScope.Scope> scopes, long vas) {
        for (TenantScope.Scope scope : scopes) {
            for (DataClass c : DataClass.values()) {
                if (scope instanceof TenantScope.OfProvider && !c.inProviderSchema()) {
                    continue;
                }
                assertThat(rows.get(scope.schema() + "/" + c))
                        .as("%s in %s, added up over the three nodes", c, scope.schema())
                        .isEqualTo(c == DataClass.SEARCH_INDEX ? vas : 1L);
            }
        }
    }

    private static void assertLeft(JdbcClient jdbc, List<TenantScope.Scope> scopes, int expected) {
        for (TenantScope.Scope scope : scopes) {
            for (DataClass c : DataClass.values()) {
                if (scope instanceof TenantScope.OfProvider && !c.inProviderSchema()) {
                    continue;
                }
                long left = TenantScope.call(scope, () -> left(jdbc, c));
                assertThat(left).as("%s rows left in %s", c, scope.schema()).isEqualTo(expected);
            }
        }
    }

    /**
     * A row of the class whose period ends at {@link #END} ("old") or a millisecond after it ("young"), naming
     * the customer "Erika Planted-&lt;age&gt;".
     */
    private static void plant(JdbcClient jdbc, DataClass c, String age, Duration period) {
        Instant at = END.minus(period).plusMillis(age.equals("old") ? 0 : 1);
        OffsetDateTime t = at.atOffset(ZoneOffset.UTC);
        String tag = "Erika Planted-" + age;
        switch (c) {
            case IDEMPOTENCY_KEYS ->
                jdbc.sql("INSERT INTO idempotency_key (idem_key, fingerprint, method, path, status, "
                                + "body, created_at) VALUES (?, 'f', 'POST', '/api/vorabstimmungen', 201, ?, ?)")
                        .params(tag, tag.getBytes(), t)
                        .update();
            case IMPORT_REPORTS -> {
                jdbc.sql("INSERT INTO import_job (id, format, state, total, imported, rejected, started_at, "
                                + "heartbeat_at) VALUES (?, 'CSV', 'DONE', 1, 0, 1, ?, ?)")
                        .params(tag, t, t)
                        .update();
                jdbc.sql("INSERT INTO import_rejection (job_id, row_number, contract_id, reason) VALUES (?, 1, ?, ?)")
                        .params(tag, tag, tag)
                        .update();
            }
            case REFUSAL_LOG ->
                jdbc.sql("INSERT INTO inbound_refusal (teq_code, kind, detail, sender, raw_head, "
                                + "size_bytes, created_at) VALUES ('0990', 'SIGNATURE', ?, 'DEU.BBBB', ?, 10, ?)")
                        .params(tag, tag, t)
                        .update();
            case CRM_EVENTS ->
                jdbc.sql("INSERT INTO crm_event (contract_id, va_id, event_type, detail, created_at) "
                                + "VALUES (?, NULL, 'VA_SENT', ?, ?)")
                        .params(tag, tag, t)
                        .update();
            case AUDIT_LOG ->
                jdbc.sql("INSERT INTO audit_log (at, actor, channel, action, target, outcome, detail) "
                                + "VALUES (?, ?, 'API', 'GET /api/vorabstimmungen/{id}', ?, '200', ?)")
                        .params(t, tag, tag, tag)
                        .update();
            case SEARCH_INDEX -> {
                // one rejected at that instant, one agreed whose Wechseltermin ended then (at midnight, Germany)
                plantVa(jdbc, "DEU.AAAA.V" + (age.equals("old") ? "000000101" : "000000102"), tag, "REJECTED", t, null);
                if (age.equals("old")) {
                    // switched on the day before: that ended at this midnight, Germany's time
                    LocalDate wechseltermin = at.atZone(BERLIN).toLocalDate().minusDays(1);
                    plantVa(jdbc, "DEU.AAAA.V000000103", tag, "AGREED", t.minusYears(1), wechseltermin);
                }
            }
            case RAW_MESSAGES -> {
                if (TenantScope.inProvider()) {
                    // a message held for a bundle code, routed then: its tenant has it
                    jdbc.sql("INSERT INTO bundle_inbox (code, va_id, message_type, sender, reason, matched, raw, "
                                    + "digest, received_at, routed_to, routed_by, routed_at) VALUES ('DEU.BNDL', ?, "
                                    + "'VA_KUE_MRN', 'DEU.BBBB', 'NO_CUSTOMER', '', ?, ?, ?, 'BNDL-nord', 'anna', ?)")
                            .params(
                                    "DEU.BBBB.V00000030" + (age.equals("old") ? "1" : "2"),
                                    Soap.replace(Soap.sample("va-kue-mrn.xml"), "Bezirksjugendring Oberbayern", tag),
                                    tag,
                                    t.minusDays(1),
                                    t)
                            .update();
                    // and one not routed yet: an open case, kept
                    if (age.equals("old")) {
                        jdbc.sql("INSERT INTO bundle_inbox (code, va_id, message_type, sender, reason, matched, raw, "
                                        + "digest, received_at) VALUES ('DEU.BNDL', 'DEU.BBBB.V000000303', 'VA_KUE_MRN', "
                                        + "'DEU.BBBB', 'NO_CUSTOMER', '', ?, 'Erika Waiting', ?)")
                                .params(new byte[] {1}, t.minusYears(5))
                                .update();
                    }
                    return;
                }
                String vaId = "DEU.AAAA.V" + (age.equals("old") ? "000000201" : "000000202");
                plantVaOnly(jdbc, vaId, "REJECTED", t, null);
                long id = plantMessage(jdbc, vaId, tag, t);
                if (age.equals("old")) {
                    // a message of the same ended VA still waiting in the outbox (its next attempt far ahead, so that
                    // this node's sender leaves it alone): it is sent as stored, so kept as it is
                    long pending = plantMessage(jdbc, vaId, "Erika Pending", t);
                    jdbc.sql("INSERT INTO outbox (message_id, va_id, partner, status, attempts, next_attempt_at, "
                                    + "created_at) VALUES (?, ?, 'DEU.BBBB', 'PENDING', 0, ?, ?)")
                            .params(pending, vaId, t.plusYears(100), t)
                            .update();
                    jdbc.sql("INSERT INTO outbox (message_id, va_id, partner, status, attempts, next_attempt_at, "
                                    + "created_at, delivered_at) VALUES (?, ?, 'DEU.BBBB', 'DELIVERED', 1, ?, ?, ?)")
                            .params(id, vaId, t, t, t)
                            .update();
                }
            }
        }
    }

    /** A stored VA naming the customer (the interop sample's with another firm name); its id. */
    private static long plantMessage(JdbcClient jdbc, String vaId, String customer, OffsetDateTime at) {
        byte[] raw = Soap.replace(Soap.sample("va-kue-mrn.xml"), "Bezirksjugendring Oberbayern", customer);
        jdbc.sql(
                        "INSERT INTO wbci_message (va_id, direction, message_type, geschaeftsfall, partner, raw, digest, "
                                + "outcome, created_at) VALUES (?, 'IN', 'VA_KUE_MRN', 'VA_KUE_MRN', 'DEU.BBBB', ?, ?, 'ACCEPTED', ?)")
                .params(vaId, raw, customer, at)
                .update();
        return jdbc.sql("SELECT MAX(id) FROM wbci_message").query(Long.class).single();
    }

    private static void plantVa(
            JdbcClient jdbc,
            String vaId,
            String customer,
            String phase,
            OffsetDateTime updated,
            LocalDate wechseltermin) {
        plantVaOnly(jdbc, vaId, phase, updated, wechseltermin);
        jdbc.sql("INSERT INTO vorabstimmung_search (va_id, customer) VALUES (?, ?)")
                .params(vaId, customer)
                .update();
        jdbc.sql("INSERT INTO vorabstimmung_number (va_id, number_from, number_to) VALUES (?, '0301234567', "
                        + "'0301234567')")
                .param(vaId)
                .update();
    }

    private static void plantVaOnly(
            JdbcClient jdbc, String vaId, String phase, OffsetDateTime updated, LocalDate wechseltermin) {
        jdbc.sql("INSERT INTO vorabstimmung (va_id, geschaeftsfall, own_role, partner, phase, akm_tr, change_request, "
                        + "kundenwunschtermin, wechseltermin, created_at, updated_at) VALUES (?, 'VA_KUE_MRN', "
                        + "'EKP_ABG', 'DEU.BBBB', ?, 'NOT_APPLICABLE', 'NONE', ?, ?, ?, ?)")
                .params(vaId, phase, LocalDate.of(2030, 1, 1), wechseltermin, updated.minusDays(30), updated)
                .update();
    }

    /** The planted rows of the class still there (for the search index: Vorabstimmungen with a name or a number). */
    private static long left(JdbcClient jdbc, DataClass c) {
        String sql = switch (c) {
            case IDEMPOTENCY_KEYS -> "SELECT COUNT(*) FROM idempotency_key WHERE idem_key LIKE 'Erika%'";
            case IMPORT_REPORTS ->
                "SELECT COUNT(*) FROM import_job j WHERE id LIKE 'Erika%' "
                        + "OR EXISTS (SELECT 1 FROM import_rejection r WHERE r.job_id = j.id AND "
                        + "r.contract_id LIKE 'Erika%')";
            case REFUSAL_LOG -> "SELECT COUNT(*) FROM inbound_refusal WHERE raw_head LIKE 'Erika%'";
            case CRM_EVENTS -> "SELECT COUNT(*) FROM crm_event WHERE contract_id LIKE 'Erika%'";
            case AUDIT_LOG -> "SELECT COUNT(*) FROM audit_log WHERE actor LIKE 'Erika%'";
            case RAW_MESSAGES ->
                TenantScope.inProvider()
                        ? "SELECT COUNT(*) FROM bundle_inbox WHERE digest LIKE 'Erika Planted%'"
                        : "SELECT COUNT(*) FROM wbci_message WHERE digest LIKE 'Erika Planted%' "
                                + "AND pseudonymised_at IS NULL";
            case SEARCH_INDEX ->
                "SELECT COUNT(DISTINCT s.customer) FROM vorabstimmung_search s "
                        + "WHERE s.customer LIKE 'Erika%' OR EXISTS (SELECT 1 FROM vorabstimmung_number n "
                        + "WHERE n.va_id = s.va_id)";
        };
        return jdbc.sql(sql).query(Long.class).single();
    }
}
