package org.wbcigateway.gateway.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
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
import org.wbcigateway.gateway.support.Patience;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Contract import from CSV and JSON: the good rows become contracts the VA lookup finds, each bad row is reported
 * with its row number and the rule or simple type it breaks; and the asynchronous job over HTTP.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:import-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "wbci.carrier-code=DEU.AAAA",
            "wbci.portierungskennung=D0AA",
            "wbci.partners.[DEU.BBBB].endpoint=http://127.0.0.1:9/wbci/v2",
            "spring.main.banner-mode=off",
            "wbci.decision.mode=REVIEW"
        })
class ContractImportTest {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HEADER = "id,status,anrede,vorname,nachname,firmenname,strassenname,hausnummer,"
            + "postleitzahl,ort,rufnummern,anlagenanschluss,bloecke,weitererInhaberAnrede,weitererInhaberVorname,"
            + "weitererInhaberNachname,vertragsnummer,kennungTNBabg,technologie,earliestEnd";

    @LocalServerPort
    int port;

    @Autowired
    ContractImport imports;

    @Autowired
    ContractRepository contracts;

    @Autowired
    BuiltinCrm crm;

    @Autowired
    ImportJobRepository stored;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    // --- CSV

    /**
     * A good row of kind i % 3: two single numbers, an Anlagenanschluss, or one single number (ORN by address). The
     * series (a digit) keeps the numbers and addresses of the tests apart.
     */
    private static String goodRow(String prefix, int series, int i) {
        String numbers = switch (i % 3) {
            case 0 -> "30/" + series + "7" + six(i) + " 30/" + series + "8" + six(i) + ",,";
            case 1 -> ",89/" + series + "5" + five(i) + "/0,00-49 50-99";
            default -> "40/" + series + "6" + six(i) + ",,";
        };
        return prefix + i + ",ACTIVE,1,John,McFly" + i + ",,Emmy-Noether-Straße," + (i % 200 + 1) + "," + series
                + four(i) + ",München," + numbers + ",2,Kate,McFly" + i + ",V" + i + ",D001,001 TAL ISDN,2026-12-01";
    }

    /** The rows of {@link #csvImportsTheGoodRowsAndRejectsEachBadOneWithItsLineAndReason()}, by line. */
    private static Map<Integer, String> csvRows() {
        Map<Integer, String> lines = new LinkedHashMap<>();
        int line = 2;
        for (int i = 0; i < 150; i++) {
            lines.put(line++, goodRow("CSV-", 8, i));
        }
        String bad = goodRow("B-", 8, 9000);
        lines.put(line++, bad.replace("B-9000,", "B-PLZ,").replace(",89000,", ",8063,"));
        lines.put(line++, bad.replace("B-9000,", "B-HOLDER,").replace(",John,McFly9000,", ",John,,"));
        lines.put(line++, bad.replace("B-9000,", "B-BOTH,").replace(",,,2,Kate", ",89/123/0,00-99,2,Kate"));
        lines.put(line++, bad.replace("B-9000,", "B-ANREDE,").replace(",ACTIVE,1,", ",ACTIVE,3,"));
        lines.put(line++, bad.replace("B-9000,", "B-ONKZ,").replace("30/87009000", "030/87009000"));
        lines.put(line++, bad.replace("B-9000,", "B-DATE,").replace("2026-12-01", "2026-13-01"));
        lines.put(line++, "B-FIELDS,ACTIVE,1");
        lines.put(
                line++, bad.replace("B-9000,", "B-DB,").replace(",ACTIVE,", ",STATUS_LONGER_THAN_THE_COLUMN_ALLOWS,"));
        lines.put(line++, bad.replace("B-9000,", "B-ORT,").replace(",München,", ",\"Mün\nchen\","));
        line++; // the quoted line break above
        lines.put(line++, bad.replace("B-9000,", ","));
        lines.put(line++, bad.replace("B-9000,", "B-FIRMA,").replace(",ACTIVE,1,", ",ACTIVE,4,"));
        lines.put(
                line++,
                "G-FIRMA,ACTIVE,4,,,\"McFly, Brown & Co\",Hill Valley Road,12,80331,München,30/1234567,,," + ",,,,,,");
        lines.put(line++, goodRow("G-DUP-", 8, 9001).replace("McFly9001,", "First,"));
        lines.put(line++, goodRow("G-DUP-", 8, 9001).replace("McFly9001,", "Second,"));
        return lines;
    }

    @Test
    void csvImportsTheGoodRowsAndRejectsEachBadOneWithItsLineAndReason() {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        csvRows().values().forEach(r -> csv.append(r).append("\r\n"));

        ImportJob.Progress p = imports.run(
                        new ContractCsv(csv.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .progress();

        assertThat(p.state()).as(p.toString()).isEqualTo(ImportJob.State.DONE);
        assertThat(p.total()).isEqualTo(164);
        assertThat(p.imported()).isEqualTo(153);
        assertThat(p.rejected()).isEqualTo(11);
        assertThat(p.processed()).isEqualTo(164);
        Map<String, String> reasons = new LinkedHashMap<>();
        p.rejections().forEach(r -> reasons.put(r.row() + " " + r.contractId(), r.reason()));
        assertThat(reasons).hasSize(11);
        assertThat(reasons.get("152 B-PLZ")).startsWith("POSTLEITZAHL: '8063' is not a valid value");
        assertThat(reasons.get("153 B-HOLDER")).startsWith("structure: inhaber is missing");
        assertThat(reasons.get("154 B-BOTH")).startsWith("structure: a contract has either rufnummern");
        assertThat(reasons.get("155 B-ANREDE")).startsWith("structure: inhaber: anrede '3' is not one of");
        assertThat(reasons.get("156 B-ONKZ")).startsWith("ONKZ: '030' is not a valid value");
        assertThat(reasons.get("157 B-DATE")).startsWith("structure: earliestEnd: '2026-13-01' is not a date");
        assertThat(reasons.get("158 B-FIELDS")).startsWith("structure: the row has 3 fields, the header 20");
        assertThat(reasons.get("159 B-DB")).startsWith("database: ");
        assertThat(reasons.get("160 B-ORT")).startsWith("ORT: ");
        assertThat(reasons.get("162 null")).isEqualTo("structure: id is required");
        assertThat(reasons.get("163 B-FIRMA")).startsWith("structure: person/anrede must be 1, 2 or 9, not 4");
        reasons.keySet()
                .forEach(k -> assertThat(contracts.find(k.substring(k.indexOf(' ') + 1)))
                        .isEmpty());

        ContractData einzel = contracts.find("CSV-3").orElseThrow();
        assertThat(einzel.inhaber()).isEqualTo(new Person(Anrede.HERR, "John", "McFly3"));
        assertThat(einzel.weitereInhaber()).containsExactly(new Person(Anrede.FRAU, "Kate", "McFly3"));
        assertThat(einzel.standort()).isEqualTo(new Standort("Emmy-Noether-Straße", "4", null, "80003", "München"));
        assertThat(einzel.rufnummern())
                .isEqualTo(new Einzelanschluss(
                        List.of(new Rufnummer("30", "87000003"), new Rufnummer("30", "88000003")), false));
        assertThat(einzel.ressourcen()).singleElement().satisfies(r -> {
            assertThat(r.vertragsnummer()).isEqualTo("V3");
            assertThat(r.kennungTNBabg().value()).isEqualTo("D001");
        });
        assertThat(einzel.technologie()).isEqualTo("001 TAL ISDN");
        assertThat(einzel.earliestEnd()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(contracts.find("CSV-4").orElseThrow().rufnummern())
                .isEqualTo(new Anlagenanschluss(
                        "89",
                        "8500004",
                        "0",
                        List.of(new Rufnummernblock("00", "49"), new Rufnummernblock("50", "99"))));
        assertThat(contracts.find("G-FIRMA").orElseThrow().inhaber())
                .isEqualTo(new Firma(Anrede.FIRMA, "McFly, Brown & Co", null));
        assertThat(((Person) contracts.find("G-DUP-9001").orElseThrow().inhaber()).nachname())
                .isEqualTo("Second");

        assertThat(found(mrn(new Person(Anrede.HERR, "John", "McFly3"), "30", "88000003")))
                .isEqualTo("CSV-3");
        assertThat(found(rrnp(new Person(Anrede.HERR, "John", "McFly4"), "89", "8500004")))
                .isEqualTo("CSV-4");
        assertThat(found(orn(
                        new Person(Anrede.HERR, "John", "McFly5"),
                        new Standort("Emmy-Noether-Straße", "6", null, "80005", "München"))))
                .isEqualTo("CSV-5");
        assertThat(crm.findContract(mrn(new Person(Anrede.HERR, "John", "McFly9000"), "30", "87009000")))
                .as("the numbers of the rejected rows")
                .isInstanceOf(Vertragssuche.NichtGefunden.class);

        String again = HEADER + "\n" + goodRow("CSV-", 8, 3).replace(",John,McFly3,", ",Jane,McFly3,") + "\n";
        assertThat(imports.run(new ContractCsv(again.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                        .progress()
                        .imported())
                .isEqualTo(1);
        ContractData replaced = contracts.find("CSV-3").orElseThrow();
        assertThat(replaced.inhaber()).isEqualTo(new Person(Anrede.HERR, "Jane", "McFly3"));
        assertThat(replaced.rufnummern()).isEqualTo(einzel.rufnummern());
        assertThat(replaced.weitereInhaber()).hasSize(1);
    }

    // --- JSON

    private static String jsonContract(String id, int i) {
        return "{\"id\":\"" + id
                + "\",\"inhaber\":{\"person\":{\"anrede\":\"2\",\"vorname\":\"Kate\",\"nachname\":\"Brown"
                + i + "\"}},\"standort\":{\"strassenname\":\"Hauptstraße\",\"hausnummer\":\"" + (i % 100 + 1)
                + "\",\"postleitzahl\":\"7" + four(i) + "\",\"ort\":\"Köln\"},\"einzelanschluss\":{\"rufnummern\":"
                + "[{\"onkz\":\"221\",\"rufnummer\":\"9" + seven(i) + "\"}]},\"earliestEnd\":\"2026-12-01\"}";
    }

    @Test
    void jsonImportsTheGoodContractsAndRejectsEachBadOneWithItsPositionAndReason() {
        List<String> elements = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            elements.add(jsonContract("JSON-" + i, i));
        }
        String bad = jsonContract("X", 9999);
        elements.add(bad.replace("\"X\"", "\"J-PLZ\"").replace("\"79999\"", "\"8063\""));
        elements.add(
                "{\"id\":\"J-HOLDER\",\"einzelanschluss\":{\"rufnummern\":[{\"onkz\":\"221\",\"rufnummer\":\"1\"}]}}");
        elements.add(bad.replace("\"X\"", "\"J-BOTH\"")
                .replace(
                        "\"earliestEnd\"",
                        "\"anlagenanschluss\":{\"onkz\":"
                                + "\"89\",\"durchwahlnummer\":\"1\",\"abfragestelle\":\"0\",\"bloecke\":[{\"von\":\"0\",\"bis\":\"9\"}]},"
                                + "\"earliestEnd\""));
        elements.add(bad.replace("\"X\"", "\"J-ANREDE\"").replace("\"anrede\":\"2\"", "\"anrede\":\"3\""));
        elements.add(bad.replace("\"X\"", "\"J-FIELD\"").replace("\"earliestEnd\"", "\"vertragsende\""));
        elements.add(bad.replace("\"id\":\"X\",", ""));
        elements.add("42");

        JsonNode p = awaitDone(
                post("application/json", ("[" + String.join(",\n", elements) + "]").getBytes(StandardCharsets.UTF_8)));

        assertThat(p.path("state").asString()).as(p.toString()).isEqualTo("DONE");
        assertThat(p.path("total").asInt()).isEqualTo(107);
        assertThat(p.path("imported").asInt()).isEqualTo(100);
        assertThat(p.path("rejected").asInt()).isEqualTo(7);
        Map<String, String> reasons = new LinkedHashMap<>();
        p.path("rejections")
                .forEach(r -> reasons.put(
                        r.path("row").asInt() + " "
                                + (r.path("contractId").isNull()
                                        ? "-"
                                        : r.path("contractId").asString()),
                        r.path("reason").asString()));
        assertThat(reasons.get("101 J-PLZ")).startsWith("POSTLEITZAHL: '8063' is not a valid value");
        assertThat(reasons.get("102 J-HOLDER")).isEqualTo("structure: inhaber is required");
        assertThat(reasons.get("103 J-BOTH")).startsWith("structure: a contract has either einzelanschluss");
        assertThat(reasons.get("104 J-ANREDE")).startsWith("structure: inhaber.person.anrede '3' is not one of");
        assertThat(reasons.get("105 J-FIELD")).startsWith("structure: at vertragsende: ");
        assertThat(reasons.get("106 -")).isEqualTo("structure: id is required");
        assertThat(reasons.get("107 -")).isEqualTo("structure: a contract is a JSON object");
        assertThat(contracts.find("J-PLZ")).isEmpty();

        assertThat(contracts.find("JSON-7").orElseThrow().inhaber())
                .isEqualTo(new Person(Anrede.FRAU, "Kate", "Brown7"));
        assertThat(found(mrn(new Person(Anrede.FRAU, "Kate", "Brown7"), "221", "90000007")))
                .isEqualTo("JSON-7");
        assertThat(found(orn(
                        new Person(Anrede.FRAU, "Kate", "Brown8"),
                        new Standort("Hauptstraße", "9", null, "70008", "Köln"))))
                .isEqualTo("JSON-8");
    }

    // --- HTTP

    @Test
    void aCsvImportRunsAsAJobThatCanBeFollowedUntilDone() {
        StringBuilder csv = new StringBuilder(HEADER.replace(',', ';')).append('\n');
        for (int i = 0; i < 300; i++) {
            csv.append(goodRow("HTTP-", 6, i).replace(',', ';')).append('\n');
        }
        csv.append(goodRow("HTTP-BAD-", 6, 1).replace(',', ';').replace(";60001;", ";601;"))
                .append('\n');

        HttpResponse<String> started =
                send("text/csv;charset=ISO-8859-1", csv.toString().getBytes(StandardCharsets.ISO_8859_1));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String jobId = read(started.body()).path("jobId").asString();
        assertThat(started.headers().firstValue("Location")).hasValue("/api/crm/import/" + jobId);

        JsonNode p = awaitDone(started);
        assertThat(p.path("jobId").asString()).isEqualTo(jobId);
        assertThat(p.path("format").asString()).isEqualTo("CSV");
        assertThat(p.path("state").asString()).isEqualTo("DONE");
        assertThat(p.path("total").asInt()).isEqualTo(301);
        assertThat(p.path("processed").asInt()).isEqualTo(301);
        assertThat(p.path("imported").asInt()).isEqualTo(300);
        assertThat(p.path("rejected").asInt()).isEqualTo(1);
        JsonNode rejection = p.path("rejections").get(0);
        assertThat(rejection.path("row").asInt()).isEqualTo(302);
        assertThat(rejection.path("contractId").asString()).isEqualTo("HTTP-BAD-1");
        assertThat(rejection.path("reason").asString()).startsWith("POSTLEITZAHL: '601' is not a valid value");
        assertThat(contracts.find("HTTP-299").orElseThrow().standort().ort()).isEqualTo("München");

        // stored: another node, or this one after a restart, shows the same job from the database
        ContractImport afterRestart = new ContractImport(contracts, tx, stored);
        ImportJob.Progress again = afterRestart.progress(jobId).orElseThrow();
        assertThat(again.state()).isEqualTo(ImportJob.State.DONE);
        assertThat(again.imported()).isEqualTo(300);
        assertThat(again.rejections())
                .singleElement()
                .satisfies(r -> assertThat(r.row()).isEqualTo(302))
                .satisfies(r -> assertThat(r.reason()).startsWith("POSTLEITZAHL"));
        afterRestart.destroy();

        assertThat(get("/api/crm/import/no-such-job").statusCode()).isEqualTo(404);
        HttpResponse<String> unknownColumn = send("text/csv", "id,vertragsende\nA,2026-12-01\n".getBytes());
        assertThat(unknownColumn.statusCode()).isEqualTo(400);
        assertThat(read(unknownColumn.body()).path("detail").asString()).contains("unknown CSV column 'vertragsende'");
        assertThat(send("application/json", "{\"id\":\"A\"}".getBytes()).statusCode())
                .isEqualTo(400);
        assertThat(send("text/plain", "id\nA\n".getBytes()).statusCode()).isEqualTo(415);
    }

    // --- helpers

    private String found(Vorabstimmungsanfrage va) {
        Vertragssuche result = crm.findContract(va);
        assertThat(result).isInstanceOf(Vertragssuche.Gefunden.class);
        return ((Vertragssuche.Gefunden) result).vertrag().vertragId();
    }

    private static Vorabstimmungsanfrage mrn(Anschlussinhaber endkunde, String onkz, String nummer) {
        return va(
                Geschaeftsfall.VA_KUE_MRN,
                endkunde,
                null,
                new Einzelanschluss(List.of(new Rufnummer(onkz, nummer)), false));
    }

    private static Vorabstimmungsanfrage rrnp(Anschlussinhaber endkunde, String onkz, String kopfnummer) {
        return va(
                Geschaeftsfall.VA_RRNP,
                endkunde,
                null,
                new Anlagenanschluss(onkz, kopfnummer, "0", List.of(new Rufnummernblock("00", "99"))));
    }

    private static Vorabstimmungsanfrage orn(Anschlussinhaber endkunde, Standort standort) {
        return va(Geschaeftsfall.VA_KUE_ORN, endkunde, standort, null);
    }

    private static Vorabstimmungsanfrage va(
            Geschaeftsfall gf, Anschlussinhaber endkunde, Standort standort, Rufnummern numbers) {
        CarrierCode partner = CarrierCode.of("DEU.BBBB");
        return new Vorabstimmungsanfrage(
                gf,
                partner,
                new Endkundenvertragspartner(partner, CarrierCode.of("DEU.AAAA")),
                VorabstimmungsId.of("DEU.BBBB.V000000001"),
                LocalDate.of(2026, 12, 16),
                endkunde,
                List.of(),
                null,
                standort,
                null,
                numbers == null ? null : new RufnummernPortierung(numbers, Portierungszeitfenster.ZF2, null));
    }

    private JsonNode awaitDone(HttpResponse<String> started) {
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String location = started.headers().firstValue("Location").orElseThrow();
        return Patience.awaiting("import " + location + " done")
                .until(
                        () -> read(get(location).body()),
                        p -> !p.path("state").asString().equals("RUNNING"));
    }

    private HttpResponse<String> post(String contentType, byte[] body) {
        return send(contentType, body);
    }

    private HttpResponse<String> send(String contentType, byte[] body) {
        return http(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/crm/import"))
                .header(
                        "Authorization",
                        org.wbcigateway.gateway.support.TestAccess.bearer(
                                org.wbcigateway.gateway.support.TestAccess.OPERATOR_TOKEN))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    private HttpResponse<String> get(String path) {
        return http(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header(
                        "Authorization",
                        org.wbcigateway.gateway.support.TestAccess.bearer(
                                org.wbcigateway.gateway.support.TestAccess.OPERATOR_TOKEN))
                .GET()
                .build());
    }

    private static HttpResponse<String> http(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String json) {
        return JSON.readTree(json);
    }

    private static String four(int i) {
        return String.format("%04d", i);
    }

    private static String five(int i) {
        return String.format("%05d", i);
    }

    private static String six(int i) {
        return String.format("%06d", i);
    }

    private static String seven(int i) {
        return String.format("%07d", i);
    }
}
