package org.wbcigateway.gateway.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wbcigateway.domain.decision.Vertragssuche;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Anlagenanschluss;
import org.wbcigateway.domain.message.Anrede;
import org.wbcigateway.domain.message.Anschlussinhaber;
import org.wbcigateway.domain.message.Einzelanschluss;
import org.wbcigateway.domain.message.Endkundenvertragspartner;
import org.wbcigateway.domain.message.Firma;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Person;
import org.wbcigateway.domain.message.Portierungszeitfenster;
import org.wbcigateway.domain.message.Rufnummer;
import org.wbcigateway.domain.message.Rufnummern;
import org.wbcigateway.domain.message.RufnummernPortierung;
import org.wbcigateway.domain.message.Rufnummernblock;
import org.wbcigateway.domain.message.Standort;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.gateway.crm.BuiltinCrm;
import org.wbcigateway.gateway.crm.ContractCsv;
import org.wbcigateway.gateway.crm.ContractImport;
import org.wbcigateway.gateway.crm.ContractRepository;
import org.wbcigateway.gateway.crm.CrmLinks;
import org.wbcigateway.gateway.crm.ImportJob;

/**
 * The built-in CRM at scale: generates contracts as CSV, imports them through {@link ContractImport} and measures
 * {@link BuiltinCrm#findContract} for random incoming VAs: VA-KUE-MRN by single numbers, VA-RRNP by the Kopfnummer
 * of an Anlagenanschluss, VA-KUE-ORN by address and name. On H2 (a file database, as the gateway's default) and on
 * PostgreSQL (a fresh schema in database {@code test} on 127.0.0.1:5432, dropped at the end). Command and recorded
 * figures: {@code bench/README.md}, section 2. Arguments (all optional):
 * {@code contracts=100000 lookups=10000 warmup=3000 db=h2,postgresql pgparams=&reWriteBatchedInserts=true} (the last
 * is appended to the PostgreSQL URL).
 */
public final class CrmBenchmark {

    enum Kind {
        MRN,
        RRNP,
        ORN
    }

    /** What the generator put into one contract: enough to build a VA that must find it. */
    record Generated(
            String id,
            boolean active,
            Anschlussinhaber holder,
            Standort standort,
            List<Rufnummer> numbers,
            Rufnummer kopfnummer) {}

    private static final String[] SURNAMES = {
        "Müller",
        "Schmidt",
        "Schneider",
        "Fischer",
        "Weber",
        "Meyer",
        "Wagner",
        "Becker",
        "Schulz",
        "Hoffmann",
        "Schäfer",
        "Koch",
        "Bauer",
        "Richter",
        "Klein",
        "Wolf",
        "Schröder",
        "Neumann",
        "Schwarz",
        "Zimmermann",
        "Braun",
        "Krüger",
        "Hofmann",
        "Hartmann",
        "Lange",
        "Schmitt",
        "Werner",
        "Schmitz",
        "Krause",
        "Meier",
        "Lehmann",
        "Schmid",
        "Schulze",
        "Maier",
        "Köhler",
        "Herrmann",
        "König",
        "Walter",
        "Mayer",
        "Huber",
        "Kaiser",
        "Fuchs",
        "Peters",
        "Lang",
        "Scholz",
        "Möller",
        "Weiß",
        "Jung",
        "Hahn",
        "Schubert"
    };
    private static final String[] FIRST_NAMES = {
        "Anna", "Ben", "Clara", "David", "Emma", "Felix", "Greta", "Hannah", "Jonas", "Lea", "Lukas", "Marie", "Noah",
        "Paul", "Sophie", "Tim"
    };
    private static final String[] STREETS = {
        "Hauptstraße",
        "Schulstraße",
        "Gartenstraße",
        "Bahnhofstraße",
        "Dorfstraße",
        "Bergstraße",
        "Birkenweg",
        "Lindenstraße",
        "Kirchstraße",
        "Waldstraße",
        "Ringstraße",
        "Emmy-Noether-Straße"
    };
    private static final String[] ONKZ = {"30", "40", "89", "221", "69", "711", "211", "341", "351", "511", "911"};
    private static final String HEADER = "id;status;anrede;vorname;nachname;firmenname;strassenname;hausnummer;"
            + "postleitzahl;ort;rufnummern;anlagenanschluss;bloecke;weitererInhaberAnrede;weitererInhaberVorname;"
            + "weitererInhaberNachname;vertragsnummer;kennungTNBabg;technologie;earliestEnd";

    private CrmBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int contracts = Integer.parseInt(options.getOrDefault("contracts", "100000"));
        int lookups = Integer.parseInt(options.getOrDefault("lookups", "10000"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "3000"));
        List<String> databases =
                List.of(options.getOrDefault("db", "h2,postgresql").split(","));
        quietLogs();

        Path dir = Path.of("wbci-gateway/target/crm-bench").toAbsolutePath();
        if (!Files.isDirectory(dir.getParent())) {
            dir = Path.of("target/crm-bench").toAbsolutePath();
        }
        Files.createDirectories(dir);
        Random random = new Random(42);
        long t0 = System.nanoTime();
        List<Generated> generated = new ArrayList<>(contracts);
        Path csv = dir.resolve("contracts.csv");
        Files.writeString(csv, generate(contracts, random, generated), StandardCharsets.UTF_8);
        System.out.printf(
                Locale.ROOT,
                "%n%s: %,d contracts, %,d bytes, generated in %d ms%n",
                csv,
                contracts,
                Files.size(csv),
                (System.nanoTime() - t0) / 1_000_000);
        System.out.printf(
                "machine: %d CPUs, Java %s (%s), max heap %d MiB%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                System.getProperty("java.vm.name"),
                Runtime.getRuntime().maxMemory() >> 20);

        parseOnly(csv);
        for (String db : databases) {
            switch (db.trim()) {
                case "h2" -> {
                    Path h2 = dir.resolve("h2");
                    deleteTree(h2);
                    run(
                            "H2 (file)",
                            "jdbc:h2:file:" + h2.resolve("crm")
                                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                            "sa",
                            null,
                            csv,
                            generated,
                            lookups,
                            warmup);
                    deleteTree(h2);
                }
                case "postgresql" -> {
                    String schema = "crm_bench_" + Long.toString(System.currentTimeMillis(), 36);
                    run(
                            "PostgreSQL",
                            "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema
                                    + options.getOrDefault("pgparams", ""),
                            "postgres",
                            schema,
                            csv,
                            generated,
                            lookups,
                            warmup);
                }
                default -> throw new IllegalArgumentException("db: h2 or postgresql, not " + db);
            }
        }
    }

    private static void run(
            String name,
            String url,
            String user,
            String schema,
            Path csv,
            List<Generated> generated,
            int lookups,
            int warmup)
            throws IOException, InterruptedException {
        System.out.printf("%n== %s: %s%n", name, url);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setMaximumPoolSize(4);
        try (HikariDataSource ds = new HikariDataSource(config)) {
            try {
                Flyway flyway = Flyway.configure()
                        .dataSource(ds)
                        .locations("classpath:db/migration")
                        .schemas(schema == null ? new String[0] : new String[] {schema})
                        .load();
                flyway.migrate();
                JdbcClient jdbc = JdbcClient.create(ds);
                ContractRepository repository = new ContractRepository(jdbc, new JdbcTemplate(ds));
                ContractImport imports = new ContractImport(
                        repository,
                        new TransactionTemplate(new DataSourceTransactionManager(ds)),
                        new org.wbcigateway.gateway.crm.ImportJobRepository(jdbc));
                importAll(imports, csv);
                imports.destroy();
                jdbc.sql("ANALYZE").update();
                plans(jdbc, schema != null, generated);
                BuiltinCrm crm =
                        new BuiltinCrm(repository, new CrmLinks(jdbc), jdbc, Clock.system(ZoneId.of("Europe/Berlin")));
                measure(crm, generated, lookups, warmup);
            } finally {
                if (schema != null) {
                    JdbcClient.create(ds)
                            .sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE")
                            .update();
                    System.out.println("dropped schema " + schema);
                }
            }
        }
    }

    /** Reading and validating the rows without a database: the part of the import time that is not the database's. */
    private static void parseOnly(Path csv) throws IOException {
        for (int round = 1; round <= 3; round++) {
            long start = System.nanoTime();
            ContractCsv source = new ContractCsv(Files.readAllBytes(csv), StandardCharsets.UTF_8);
            int rows = source.count();
            long[] valid = new long[1];
            source.read(row -> valid[0] += row.contract() == null ? 0 : 1);
            System.out.printf(
                    Locale.ROOT,
                    "parse only (round %d): %,d of %,d rows valid in %d ms%n",
                    round,
                    valid[0],
                    rows,
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    private static void importAll(ContractImport imports, Path csv) throws IOException, InterruptedException {
        long start = System.nanoTime();
        byte[] body = Files.readAllBytes(csv);
        ImportJob job = imports.start(new ContractCsv(body, StandardCharsets.UTF_8));
        while (job.state() == ImportJob.State.RUNNING) {
            Thread.sleep(100);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        ImportJob.Progress p = job.progress();
        System.out.printf(
                Locale.ROOT,
                "import %s: %,d imported, %,d rejected in %.1f s = %,.0f rows/s%n",
                p.state(),
                p.imported(),
                p.rejected(),
                seconds,
                p.processed() / seconds);
        if (p.state() != ImportJob.State.DONE || p.rejected() > 0) {
            throw new IllegalStateException("the import did not go through: " + p.error() + " " + p.rejections());
        }
    }

    /** The query plans of the three lookups, to see that each one uses an index. */
    private static void plans(JdbcClient jdbc, boolean postgres, List<Generated> generated) {
        Generated einzel =
                generated.stream().filter(g -> g.numbers() != null).findFirst().orElseThrow();
        Generated anlage = generated.stream()
                .filter(g -> g.kopfnummer() != null)
                .findFirst()
                .orElseThrow();
        Rufnummer n = einzel.numbers().get(0);
        Rufnummer k = anlage.kopfnummer();
        String name = einzel.holder() instanceof Person p ? p.nachname() : ((Firma) einzel.holder()).firmenname();
        String explain = postgres ? "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) " : "EXPLAIN ";
        for (String sql : List.of(
                "SELECT c.id FROM crm_number n JOIN crm_contract c ON c.id = n.contract_id WHERE n.onkz = '" + n.onkz()
                        + "' AND n.rufnummer = '" + n.nummer() + "' AND c.status IN ('ACTIVE', 'TERMINATION_PENDING')",
                "SELECT c.id FROM crm_contract c WHERE c.onkz = '" + k.onkz() + "' AND c.durchwahlnummer = '"
                        + k.nummer() + "' AND c.status IN ('ACTIVE', 'TERMINATION_PENDING')",
                "SELECT id FROM crm_contract WHERE postleitzahl = '"
                        + einzel.standort().postleitzahl()
                        + "' AND hausnummer = '" + einzel.standort().hausnummer() + "' AND (LOWER(nachname) = LOWER('"
                        + name + "') OR LOWER(firmenname) = LOWER('" + name + "'))"
                        + " AND status IN ('ACTIVE', 'TERMINATION_PENDING')")) {
            // only the lines that name an index or a scan: enough to see which index answers the query
            String plan = String.join(
                    "\n", jdbc.sql(explain + sql).query(String.class).list());
            System.out.println("plan: " + sql.substring(0, sql.indexOf(" WHERE")) + "\n  "
                    + plan.lines()
                            .filter(l -> l.contains("Index") || l.contains("Scan") || l.contains("/* public."))
                            .map(String::trim)
                            .collect(Collectors.joining("\n  ")));
        }
    }

    private static void measure(BuiltinCrm crm, List<Generated> generated, int lookups, int warmup) {
        Random random = new Random(7);
        List<Generated> active = generated.stream().filter(Generated::active).toList();
        lookups(crm, active, warmup, random);
        Map<Kind, long[]> nanos = lookups(crm, active, lookups, random);
        System.out.printf("lookups after %,d warm-up lookups (findContract, one thread):%n", warmup);
        System.out.println("| VA | lookups | p50 ms | p99 ms | mean ms | max ms |");
        System.out.println("|---|---|---|---|---|---|");
        for (Map.Entry<Kind, long[]> e : nanos.entrySet()) {
            print(e.getKey().name(), e.getValue());
        }
        print("all", nanos.values().stream().flatMapToLong(Arrays::stream).toArray());
    }

    /** Random VAs, a third of each kind; each must find exactly its contract. */
    private static Map<Kind, long[]> lookups(BuiltinCrm crm, List<Generated> active, int count, Random random) {
        Map<Kind, List<Long>> times = new EnumMap<>(Kind.class);
        int wrong = 0;
        for (int i = 0; i < count; i++) {
            Kind kind = Kind.values()[i % 3];
            Generated g;
            do {
                g = active.get(random.nextInt(active.size()));
            } while (kind == Kind.MRN && g.numbers() == null || kind == Kind.RRNP && g.kopfnummer() == null);
            Vorabstimmungsanfrage va = va(kind, g, random);
            long start = System.nanoTime();
            Vertragssuche result = crm.findContract(va);
            times.computeIfAbsent(kind, k -> new ArrayList<>()).add(System.nanoTime() - start);
            if (!(result instanceof Vertragssuche.Gefunden f
                    && f.vertrag().vertragId().equals(g.id()))) {
                wrong++;
            }
        }
        if (wrong > 0) {
            System.out.printf(
                    "%d of %d lookups found no single contract (two holders of one name at one address)%n",
                    wrong, count);
        }
        Map<Kind, long[]> result = new EnumMap<>(Kind.class);
        times.forEach(
                (k, v) -> result.put(k, v.stream().mapToLong(Long::longValue).toArray()));
        return result;
    }

    private static Vorabstimmungsanfrage va(Kind kind, Generated g, Random random) {
        CarrierCode partner = CarrierCode.of("DEU.BBBB");
        Rufnummern numbers = switch (kind) {
            case MRN ->
                new Einzelanschluss(
                        g.numbers().subList(0, 1 + random.nextInt(g.numbers().size())), false);
            case RRNP ->
                new Anlagenanschluss(
                        g.kopfnummer().onkz(), g.kopfnummer().nummer(), "0", List.of(new Rufnummernblock("00", "99")));
            case ORN -> null;
        };
        return new Vorabstimmungsanfrage(
                Geschaeftsfall.valueOf(kind == Kind.RRNP ? "VA_RRNP" : "VA_KUE_" + kind),
                partner,
                new Endkundenvertragspartner(partner, CarrierCode.of("DEU.AAAA")),
                VorabstimmungsId.of("DEU.BBBB.V000000001"),
                LocalDate.of(2026, 12, 16),
                g.holder(),
                List.of(),
                null,
                kind == Kind.RRNP ? null : g.standort(),
                null,
                numbers == null ? null : new RufnummernPortierung(numbers, Portierungszeitfenster.ZF2, null));
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "| %s | %,d | %.3f | %.3f | %.3f | %.1f |%n",
                what,
                sorted.length,
                sorted[(int) (0.50 * (sorted.length - 1))] / 1e6,
                sorted[(int) (0.99 * (sorted.length - 1))] / 1e6,
                Arrays.stream(sorted).average().orElse(0) / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }

    // --- the generated contracts

    /**
     * 70 % Einzelanschluss with 1 to 3 numbers, 30 % Anlagenanschluss; 80 % persons, 20 % companies; 10 % with a
     * further holder; 5 % terminated. About 8,000 PLZ with house numbers 1 to 120, so an address holds few contracts.
     */
    private static String generate(int count, Random random, List<Generated> out) {
        StringBuilder csv = new StringBuilder(count * 200).append(HEADER).append('\n');
        for (int i = 0; i < count; i++) {
            String id = "K-" + (1_000_000 + i);
            boolean active = random.nextInt(20) != 0;
            boolean person = random.nextInt(5) != 0;
            String surname = SURNAMES[random.nextInt(SURNAMES.length)];
            Anschlussinhaber holder = person
                    ? new Person(
                            random.nextBoolean() ? Anrede.HERR : Anrede.FRAU,
                            FIRST_NAMES[random.nextInt(FIRST_NAMES.length)],
                            surname)
                    : new Firma(Anrede.FIRMA, surname + " GmbH " + random.nextInt(1000), null);
            Standort standort = new Standort(
                    STREETS[random.nextInt(STREETS.length)],
                    String.valueOf(1 + random.nextInt(120)),
                    null,
                    String.format("%05d", 1_067 + random.nextInt(8_000) * 12),
                    "Ort " + random.nextInt(1000));
            String onkz = ONKZ[random.nextInt(ONKZ.length)];
            List<Rufnummer> numbers = null;
            Rufnummer kopf = null;
            if (random.nextInt(10) < 7) {
                numbers = new ArrayList<>();
                for (int k = 0, n = 1 + random.nextInt(3); k < n; k++) {
                    numbers.add(new Rufnummer(onkz, String.valueOf(20_000_000 + i * 4 + k)));
                }
            } else {
                kopf = new Rufnummer(onkz, String.valueOf(500_000 + i));
            }
            out.add(new Generated(id, active, holder, standort, numbers, kopf));
            Person p = holder instanceof Person x ? x : null;
            boolean further = random.nextInt(10) == 0;
            Stream.of(
                            id,
                            active ? "ACTIVE" : "TERMINATED",
                            holder.anrede().code(),
                            p == null ? "" : p.vorname(),
                            p == null ? "" : p.nachname(),
                            p == null ? ((Firma) holder).firmenname() : "",
                            standort.strassenname(),
                            standort.hausnummer(),
                            standort.postleitzahl(),
                            standort.ort(),
                            numbers == null
                                    ? ""
                                    : String.join(
                                            " ",
                                            numbers.stream()
                                                    .map(r -> r.onkz() + "/" + r.nummer())
                                                    .toList()),
                            kopf == null ? "" : kopf.onkz() + "/" + kopf.nummer() + "/0",
                            kopf == null ? "" : "00-49 50-99",
                            further ? "2" : "",
                            further ? FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] : "",
                            further ? surname : "",
                            "V" + i,
                            "D001",
                            "001 TAL ISDN",
                            LocalDate.of(2026, 1, 1)
                                    .plusDays(random.nextInt(700))
                                    .toString())
                    .forEach(cell -> csv.append(cell).append(';'));
            csv.setLength(csv.length() - 1);
            csv.append('\n');
        }
        return csv.toString();
    }

    // --- plumbing

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("arguments are key=value, e.g. contracts=100000; not " + arg);
            }
            options.put(kv[0], kv[1]);
        }
        return options;
    }

    /** The import's progress lines, not the debug output of the libraries (no Spring Boot logging setup here). */
    private static void quietLogs() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
            logback.getLogger("org.wbcigateway").setLevel(Level.INFO);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
    }
}
