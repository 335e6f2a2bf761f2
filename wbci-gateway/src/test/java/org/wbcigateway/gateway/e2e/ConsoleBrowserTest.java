package org.wbcigateway.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.wbcigateway.gateway.support.Browser;
import org.wbcigateway.gateway.support.ConsoleSession;
import org.wbcigateway.gateway.support.Gateway;
import org.wbcigateway.gateway.support.Patience;
import org.wbcigateway.gateway.support.TcpProxy;
import org.wbcigateway.gateway.support.TestAccess;
import org.wbcigateway.gateway.support.TestKeys;
import tools.jackson.databind.JsonNode;

/**
 * The operator console in a real Chromium against two gateways. DEU.BBBB is the gateway the operator works in: its
 * VAs from DEU.AAAA wait in the review queue (decision mode REVIEW), and it reaches DEU.AAAA through a TCP proxy the
 * dead-letter test cuts. DEU.AAAA answers automatically from its CRM data. Every test logs in through the login form
 * (users of src/test/resources/config/application.yaml).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTest {

    private final Gateway a;
    private final Gateway b;
    private final TcpProxy toA;
    private final Browser browser = new Browser();

    ConsoleBrowserTest() {
        int portA = Gateway.freePort();
        int portB = Gateway.freePort();
        toA = new TcpProxy("127.0.0.1", portA);
        a = Gateway.start(
                "DEU.AAAA",
                "D0AA",
                portA,
                "DEU.BBBB",
                portB,
                Gateway.Database.H2,
                "console_a",
                Map.of("wbci.decision.mode", "AUTOMATIC"));
        b = Gateway.start(
                "DEU.BBBB",
                "D0BB",
                portB,
                "DEU.AAAA",
                toA.port(),
                Gateway.Database.H2,
                "console_b",
                Map.of("wbci.outbox.max-attempts", "2"));
    }

    @AfterAll
    void stop() {
        browser.close();
        a.close();
        b.close();
        toA.close();
    }

    // --- the scenarios

    @Test
    @Order(0)
    void everyPageOfTheNavigationAndTheLoginPageRender() {
        Page page = loggedIn(b, TestAccess.ADMIN);
        for (String nav : java.util.List.of(
                "nav-dashboard",
                "nav-vorabstimmungen",
                "nav-review",
                "nav-dead-letters",
                "nav-deadlines",
                "nav-partners",
                "nav-contracts",
                "nav-audit")) {
            com.microsoft.playwright.Response response =
                    page.waitForNavigation(() -> page.getByTestId(nav).click());
            assertThat(response.status()).as(nav).isEqualTo(200);
            assertThat(page.getByTestId(nav).getAttribute("class")).as(nav).contains("active");
        }
        assertThat(page.navigate(b.baseUrl() + "/console/login?error").status()).isEqualTo(200);
        assertThat(page.getByTestId("login-error").isVisible()).isTrue();
        assertThat(page.navigate(b.baseUrl() + "/console/vorabstimmungen/DEU.AAAA.V999999999")
                        .status())
                .isEqualTo(404);
        assertThat(page.getByTestId("error-problem").textContent()).contains("DEU.AAAA.V999999999");
        assertThat(page.locator("[data-testid=partner-row][data-partner='DEU.AAAA']")
                        .count())
                .isZero();
        page.navigate(b.baseUrl() + "/console/partners");
        assertThat(page.locator("[data-testid=partner-row][data-partner='DEU.AAAA']")
                        .getByTestId("cert-days")
                        .textContent())
                .endsWith("Tage");
    }

    @Test
    @Order(1)
    void startASwitchFromAContractAndWatchThePartnersAnswerArrive() {
        contracts("SW", "5550101");
        Page page = loggedIn(b);
        page.getByTestId("nav-contracts").click();
        page.getByTestId("contract-search").fill("NEW-SW");
        page.getByTestId("contract-search-submit").click();
        page.getByTestId("contract-row").getByRole(AriaRole.LINK).click();
        page.getByTestId("submit-switch").click();

        assertThat(page.getByTestId("flash-success").textContent()).contains("NEW-SW");
        String id = page.getByTestId("detail").getAttribute("data-va-id");
        reloadUntil(page, p -> phase(p).equals("AGREED"));
        assertThat(entry(page, "IN", "RUEM_VA").count()).isEqualTo(1);
        assertThat(page.getByTestId("contract-link").textContent()).isEqualTo("NEW-SW");
        assertThat(a.vorabstimmung(id).path("phase").asString()).isEqualTo("AGREED");

        entry(page, "IN", "RUEM_VA").getByTestId("raw-xml").locator("summary").click();
        assertThat(entry(page, "IN", "RUEM_VA").locator("pre.xml").textContent())
                .contains("<Meldungscode>8001</Meldungscode>")
                .contains("\n  ");
        assertThat(entry(page, "IN", "RUEM_VA").locator("pre.xml").textContent())
                .as("the XML opens at the message, not at the WS-Security header")
                .startsWith("<")
                .doesNotContain("BinarySecurityToken");
        java.util.List<String> content = entry(page, "IN", "RUEM_VA")
                .getByTestId("message-content")
                .locator("tr")
                .allTextContents();
        assertThat(String.join("\n", content))
                .as("the parsed content above the XML: codes with their text, dates as dates")
                .contains("Meldungscode")
                .contains("8001 – ")
                .contains("Wechseltermin")
                .containsPattern("\\d\\d\\.\\d\\d\\.\\d{4}");
        java.util.List<String> va = entry(page, "OUT", "VA_KUE_MRN")
                .getByTestId("message-content")
                .locator("tr")
                .allTextContents();
        assertThat(String.join("\n", va))
                .contains("Endkunde")
                .contains("McFly")
                .contains("Standort")
                .contains("Rufnummern");
        assertThat(entry(page, "IN", "RUEM_VA").getByTestId("signature").textContent())
                .contains("RSA-SHA256")
                .contains("CN=");
        Browser.screenshot(page, "detail");
    }

    @Test
    @Order(2)
    void answerAQueuedVaByHandWithZwa() {
        String id = queuedVaAtB();
        Page page = loggedIn(b);
        page.getByTestId("nav-review").click();
        assertThat(page.locator("[data-testid=review-row][data-va-id='" + id + "']")
                        .getByTestId("review-reason")
                        .textContent())
                .as("why, in German")
                .isEqualTo("Automatische Entscheidungen sind ausgeschaltet");
        page.locator("[data-testid=review-row][data-va-id='" + id + "']")
                .getByTestId("review-link")
                .click();
        assertThat(options(page, "ruem-code")).containsExactly("8001", "8002");
        page.getByTestId("ruem-code").selectOption("8001");
        page.getByTestId("submit-ruem-va").click();

        assertThat(page.getByTestId("flash-success").isVisible()).isTrue();
        assertThat(phase(page)).isEqualTo("AGREED");
        a.await(
                id,
                v -> v.path("phase").asString().equals("AGREED")
                        && v.path("wechseltermin").asString().equals(TwoGatewaysFlows.KWT));
    }

    @Test
    @Order(3)
    void answerAQueuedVaByHandWithAnAbbmWhosePickerOffersOnlyValidCodes() {
        String id = queuedVaAtB();
        Page page = loggedIn(b);
        page.navigate(b.baseUrl() + "/console/vorabstimmungen/" + id);
        // ABBM codes of §4 for a VA-KUE-MRN without ProjektId: no 8115/8140 (the gateway's own automatic answers),
        // no 8141/8142 (they answer a TV or Storno), no 8149 (the VA names no Projektkenner)
        assertThat(options(page, "abbm-code"))
                .containsExactly(
                        "8103", "8108", "8109", "8110", "8111", "8112", "8113", "8114", "8116", "8117", "8118");
        page.getByTestId("abbm-code").selectOption("8117");
        // asked first; declining sends nothing
        java.util.List<String> asked = new java.util.ArrayList<>();
        java.util.function.Consumer<com.microsoft.playwright.Dialog> decline = d -> {
            asked.add(d.message());
            d.dismiss();
        };
        page.offDialog(ACCEPT);
        page.onDialog(decline);
        page.getByTestId("submit-abbm").click();
        assertThat(asked).singleElement().asString().contains("ABBM").contains(id);
        assertThat(page.getByTestId("flash-success").count()).isZero();
        assertThat(phase(page)).as("nothing sent").isEqualTo("VA_PENDING");
        page.offDialog(decline);
        page.onDialog(ACCEPT);
        page.getByTestId("submit-abbm").click();

        assertThat(page.getByTestId("flash-success").isVisible()).isTrue();
        assertThat(phase(page)).isEqualTo("REJECTED");
        JsonNode rejected = a.await(id, v -> v.path("phase").asString().equals("REJECTED"));
        assertThat(rejected.path("timeline").get(1).path("raw").asString())
                .contains("<Meldungscode>8117</Meldungscode>");
    }

    @Test
    @Order(4)
    void sendATvAfterTheRuemVaAndSeeThePartnersErlm() {
        String id = agreedSwitch("TV", "5550102");
        Page page = loggedIn(b);
        page.navigate(b.baseUrl() + "/console/vorabstimmungen/" + id);
        page.getByTestId("tv-date").fill(TwoGatewaysFlows.NEW_DATE);
        page.getByTestId("submit-tv").click();

        assertThat(page.getByTestId("flash-success").isVisible()).isTrue();
        reloadUntil(page, p -> entry(p, "IN", "ERLM").count() == 1);
        assertThat(page.getByTestId("wechseltermin").getAttribute("data-date")).isEqualTo(TwoGatewaysFlows.NEW_DATE);
        assertThat(page.getByTestId("change-request").count()).isZero();
    }

    @Test
    @Order(5)
    void anInvalidTvIsRefusedWithAClearErrorAndChangesNothing() {
        String id = agreedSwitch("BADTV", "5550103");
        Page page = loggedIn(b);
        page.navigate(b.baseUrl() + "/console/vorabstimmungen/" + id);
        int before = page.getByTestId("timeline-entry").count();
        page.getByTestId("tv-date").fill("2026-11-20");
        page.getByTestId("submit-tv").click();

        String flash = page.getByTestId("flash-error").textContent();
        assertThat(flash).contains("nichts wurde gesendet").contains("2026-11-20");
        java.util.regex.Matcher rule =
                java.util.regex.Pattern.compile("\\(([A-Za-z0-9.-]+): ").matcher(flash);
        assertThat(rule.find()).as("names the rule: %s", flash).isTrue();
        assertThat(flash)
                .as("the rule in German")
                .contains(java.util.ResourceBundle.getBundle("i18n/rules", java.util.Locale.ROOT)
                        .getString("rule." + rule.group(1)));
        // the flash is at the top: count the entries once the whole page is there, not while it is still parsed
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        assertThat(page.getByTestId("timeline-entry").count()).isEqualTo(before);
        assertThat(phase(page)).isEqualTo("AGREED");
        assertThat(b.vorabstimmung(id).path("changeRequest").asString()).isEqualTo("NONE");
        assertThat(b.vorabstimmung(id).path("timeline").size()).isEqualTo(before);
    }

    @Test
    @Order(6)
    void reSendADeadLetterOnceThePartnerIsBack() {
        toA.cut();
        String id = b.ok(
                        "/api/vorabstimmungen",
                        TwoGatewaysFlows.va("VA-RRNP").replace("\"ekpAbg\":\"DEU.BBBB\"", "\"ekpAbg\":\"DEU.AAAA\""))
                .path("vorabstimmungsId")
                .asString();
        b.await(
                id,
                v -> v.path("timeline")
                        .get(0)
                        .path("delivery")
                        .path("status")
                        .asString()
                        .equals("DEAD"));
        toA.restore();

        Page page = loggedIn(b);
        page.getByTestId("nav-dead-letters").click();
        Locator row = page.locator("[data-testid=dead-row][data-va-id='" + id + "']");
        assertThat(row.locator("td").nth(3).textContent()).isEqualTo("2");
        row.getByTestId("resend").click();

        assertThat(page.getByTestId("flash-success").isVisible()).isTrue();
        assertThat(page.locator("[data-testid=dead-row][data-va-id='" + id + "']")
                        .count())
                .isZero();
        b.await(
                id,
                v -> v.path("timeline")
                        .get(0)
                        .path("delivery")
                        .path("status")
                        .asString()
                        .equals("DELIVERED"));
        page.navigate(b.baseUrl() + "/console/vorabstimmungen/" + id);
        assertThat(page.getByTestId("delivery-status").first().textContent()).isEqualTo("zugestellt");
        assertThat(a.vorabstimmung(id)).as("the partner has the VA now").isNotNull();
    }

    @Test
    @Order(7)
    void searchByPhoneNumberFindsTheVaAlsoByANumberInsideItsBlock() {
        String id = queuedVaAtB();
        Page page = loggedIn(b);
        page.getByTestId("nav-vorabstimmungen").click();
        page.getByTestId("search-phone").fill("+49 89 123456-42");
        page.getByTestId("search-submit").click();
        assertThat(page.locator("[data-testid=result-row][data-va-id='" + id + "']")
                        .count())
                .isEqualTo(1);
        assertThat(page.locator("[data-testid=result-row][data-va-id='" + id + "']")
                        .textContent())
                .contains("08912345600 – 99")
                .contains("John McFly");

        page.getByTestId("search-phone").fill("089 7654321");
        page.getByTestId("search-submit").click();
        assertThat(page.getByTestId("search-empty").isVisible()).isTrue();
    }

    @Test
    @Order(8)
    void theLanguageSwitchShowsEnglishLabelsAndKeepsThem() {
        Page page = loggedIn(b);
        assertThat(page.getByTestId("nav-contracts").textContent()).isEqualTo("Verträge");
        page.getByTestId("lang-en").click();
        assertThat(page.getByTestId("nav-contracts").textContent()).isEqualTo("Contracts");
        page.getByTestId("nav-review").click();
        assertThat(page.locator("h1").textContent()).isEqualTo("Review queue");
        page.getByTestId("lang-de").click();
        assertThat(page.locator("h1").textContent()).isEqualTo("Review-Queue");
    }

    @Test
    @Order(9)
    void theDashboardShowsTheWorkAndItsCharts() {
        Page page = loggedIn(b);
        assertThat(page.getByTestId("chart-phase").locator("rect.bar").count()).isEqualTo(5);
        assertThat(page.getByTestId("chart-messages").locator("rect.in").count())
                .isEqualTo(14);
        assertThat(Integer.parseInt(
                        page.getByTestId("tile-pending").textContent().strip()))
                .isPositive();
        Browser.screenshot(page, "dashboard");
    }

    @Test
    @Order(10)
    void aViewerSeesEverythingButCanDoNothing() {
        String id = queuedVaAtB();
        Page page = loggedIn(b, TestAccess.VIEWER);
        assertThat(page.getByTestId("current-user").textContent()).isEqualTo("Vera Viewer");
        assertThat(page.getByTestId("nav-audit").count())
                .as("no audit for viewers")
                .isZero();
        page.navigate(b.baseUrl() + "/console/vorabstimmungen/" + id);
        assertThat(phase(page)).isEqualTo("VA_PENDING");
        assertThat(page.locator("form[method=post]:not([data-testid=logout-form])")
                        .count())
                .as("no action form on the detail page")
                .isZero();
        page.getByTestId("nav-dead-letters").click();
        assertThat(page.getByTestId("resend").count()).isZero();
        page.getByTestId("nav-contracts").click();
        assertThat(page.getByTestId("submit-switch").count()).isZero();
        // a hand-made form post from the viewer's own session is refused by the server, not just hidden
        Object status = page.evaluate(
                "async ([id, csrf]) => (await fetch('/console/vorabstimmungen/' + id + '/abbm', "
                        + "{method: 'POST', headers: {'Content-Type': 'application/x-www-form-urlencoded'}, "
                        + "body: 'meldungscode=8117&_csrf=' + encodeURIComponent(csrf)})).status",
                java.util.List.of(id, page.locator("input[name=_csrf]").first().getAttribute("value")));
        assertThat(status).isEqualTo(403);
        assertThat(b.vorabstimmung(id).path("phase").asString()).isEqualTo("VA_PENDING");
    }

    @Test
    @Order(11)
    void theAdminReadsInTheAuditWhoDidWhatAndLogsOut() {
        Page page = loggedIn(b, TestAccess.ADMIN);
        page.getByTestId("nav-audit").click();
        page.getByTestId("audit-actor").fill(TestAccess.OPERATOR);
        page.waitForNavigation(() -> page.getByTestId("audit-actor").press("Enter"));
        java.util.List<String> rows = page.getByTestId("audit-row").allTextContents();
        assertThat(rows)
                .anyMatch(r -> r.contains("Konsole") && r.contains("RUEM-VA gesendet") && r.contains("ausgeführt"));
        assertThat(rows).anyMatch(r -> r.contains("Konsole") && r.contains("erneut gesendet"));
        assertThat(rows).anyMatch(r -> r.contains("Anmeldung") && r.contains("127.0.0.1"));
        assertThat(page.getByTestId("time-zone").textContent()).contains("Europe/Berlin");
        assertThat(page.getByTestId("pager-count").textContent()).matches("1–\\d+ von \\d+");
        page.getByTestId("logout").click();
        assertThat(page.url()).endsWith("/console/login?logout");
        page.navigate(b.baseUrl() + "/console");
        assertThat(page.url()).as("the session is gone").endsWith("/console/login");
    }

    @Test
    @Order(12)
    void akmTrAndStornoFromTheConsoleAsEkpAuf() {
        String id = agreedSwitch("AKM", "5550104");
        Page page = loggedIn(b);
        page.navigate(b.baseUrl() + "/console/vorabstimmungen/" + id);
        page.getByTestId("form-akm-tr").locator("input[name=vertragsnummer]").fill("V5550104");
        page.getByTestId("submit-akm-tr").click();
        assertThat(page.getByTestId("flash-success").isVisible()).isTrue();
        a.await(id, v -> v.path("akmTr").asString().equals("CONFIRMED"));

        page.getByTestId("storno-art").selectOption("AUFHEBUNG");
        page.getByTestId("submit-storno").click();
        assertThat(page.getByTestId("flash-success").isVisible()).isTrue();
        reloadUntil(page, p -> phase(p).equals("CANCELLED"));
        assertThat(entry(page, "IN", "ERLM").count()).isEqualTo(1);
        assertThat(a.vorabstimmung(id).path("phase").asString()).isEqualTo("CANCELLED");
    }

    @Test
    @Order(13)
    void thePartnersTvAnsweredByHandWithErlm() {
        String id = queuedVaAtB();
        Page page = loggedIn(b);
        page.navigate(b.baseUrl() + "/console/vorabstimmungen/" + id);
        page.getByTestId("ruem-code").selectOption("8001");
        page.getByTestId("submit-ruem-va").click();
        a.await(id, v -> v.path("phase").asString().equals("AGREED"));
        a.ok(
                "/api/vorabstimmungen/" + id + "/tv",
                "{\"neuerKundenwunschtermin\":\"" + TwoGatewaysFlows.NEW_DATE + "\"}");

        reloadUntil(page, p -> p.getByTestId("submit-erlm").count() == 1);
        assertThat(options(page, "abbm-change-code"))
                .as("a TV is refused with 8141 only")
                .containsExactly("8141");
        page.getByTestId("submit-erlm").click();
        assertThat(page.getByTestId("flash-success").isVisible()).isTrue();
        a.await(
                id,
                v -> v.path("wechseltermin").asString().equals(TwoGatewaysFlows.NEW_DATE)
                        && v.path("changeRequest").asString().equals("NONE"));
        assertThat(page.getByTestId("wechseltermin").getAttribute("data-date")).isEqualTo(TwoGatewaysFlows.NEW_DATE);
    }

    // --- building blocks

    /** An administrator adds a partner and registers its certificate in the console; an operator cannot. */
    @Test
    @Order(26)
    void anAdministratorManagesPartnersInTheConsole() {
        Page operator = loggedIn(b);
        operator.navigate(b.baseUrl() + "/console/partners");
        assertThat(operator.getByTestId("partner-forms").count()).isZero();

        Page page = loggedIn(b, TestAccess.ADMIN);
        page.navigate(b.baseUrl() + "/console/partners");
        page.getByTestId("partner-code").fill("DEU.CONS");
        page.getByTestId("partner-endpoint").fill("https://wbci.cons.example/wbci/v2");
        page.getByTestId("submit-partner").click();
        assertThat(page.getByTestId("flash-success").textContent()).contains("DEU.CONS");
        assertThat(page.locator("[data-testid=partner-row][data-partner='DEU.CONS']")
                        .textContent())
                .contains("https://wbci.cons.example/wbci/v2");

        page.getByTestId("certificate-partner").selectOption("DEU.CONS");
        page.getByTestId("certificate-pem")
                .fill(org.wbcigateway.wire.security.Certificates.pem(
                        TestKeys.key("DEU.CONS").certificate()));
        page.getByTestId("submit-certificate").click();
        assertThat(page.getByTestId("flash-success").isVisible()).isTrue();
        assertThat(b.as(TestAccess.ADMIN_TOKEN)
                        .get("/api/partners/DEU.CONS")
                        .body()
                        .path("certificates")
                        .size())
                .isEqualTo(1);

        page.locator("[data-testid=partner-row][data-partner='DEU.CONS']")
                .getByTestId("submit-withdraw")
                .click();
        assertThat(page.getByTestId("flash-success").textContent()).contains("DEU.CONS");
        assertThat(b.as(TestAccess.ADMIN_TOKEN)
                        .get("/api/partners/DEU.CONS")
                        .body()
                        .path("certificates")
                        .size())
                .as("withdrawn")
                .isZero();

        page.getByTestId("partner-code").fill("DEU.CONS");
        page.getByTestId("partner-endpoint").fill("ftp://nowhere");
        page.getByTestId("submit-partner").click();
        assertThat(page.getByTestId("flash-error").textContent()).contains("http or https");
        Browser.screenshot(page, "partners");
    }

    /** A CSV uploaded on the contracts page runs as an import job whose page shows its progress to the end. */
    @Test
    @Order(27)
    void aCsvUploadedInTheConsoleIsImportedWithItsProgressShown() {
        StringBuilder csv = new StringBuilder("id;status;anrede;vorname;nachname;rufnummern\n");
        for (int i = 0; i < 120; i++) {
            csv.append("UP-")
                    .append(i)
                    .append(";ACTIVE;1;John;Upload")
                    .append(i)
                    .append(";30/66")
                    .append(String.format("%05d", i))
                    .append('\n');
        }
        csv.append("UP-BAD;ACTIVE;3;John;Bad;30/6699999\n");
        Page page = loggedIn(b);
        page.navigate(b.baseUrl() + "/console/contracts");
        page.getByTestId("import-file")
                .setInputFiles(new com.microsoft.playwright.options.FilePayload(
                        "contracts.csv", "text/csv", csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        page.getByTestId("submit-import").click();
        assertThat(page.url()).contains("/console/imports/");
        assertThat(page.getByTestId("import-progress").count()).isEqualTo(1);
        page.waitForSelector("[data-testid=import][data-state=DONE]");
        assertThat(page.getByTestId("import-state").textContent()).isEqualTo("fertig");
        assertThat(page.getByTestId("import-counts").textContent())
                .isEqualTo("121 von 121 Zeilen verarbeitet: 120 importiert, 1 abgelehnt");
        assertThat(page.getByTestId("import-progress").getAttribute("value")).isEqualTo("121");
        assertThat(page.getByTestId("import-rejection").textContent())
                .contains("122")
                .contains("UP-BAD");
        assertThat(b.get("/api/crm/contracts/UP-119").status()).isEqualTo(200);
        Browser.screenshot(page, "import");
    }

    /** Lists are paged and say how many there are: none is cut off silently. */
    @Test
    @Order(25)
    void theContractListIsPagedWithCounts() {
        for (int i = 0; i < 60; i++) {
            assertThat(b.put(
                                    "/api/crm/contracts/PAGE-" + String.format("%03d", i),
                                    "{\"inhaber\":" + JOHN + ",\"einzelanschluss\":{\"rufnummern\":[{\"onkz\":\"40\","
                                            + "\"rufnummer\":\"77" + String.format("%05d", i) + "\"}]}}")
                            .status())
                    .isEqualTo(200);
        }
        Page page = loggedIn(b);
        page.navigate(b.baseUrl() + "/console/contracts?q=PAGE-");
        assertThat(page.getByTestId("pager-count").textContent()).isEqualTo("1–50 von 60");
        assertThat(page.getByTestId("contract-row").count()).isEqualTo(50);
        assertThat(page.getByTestId("pager-previous").count()).isZero();
        page.waitForNavigation(() -> page.getByTestId("pager-next").click());
        assertThat(page.getByTestId("pager-count").textContent()).isEqualTo("51–60 von 60");
        assertThat(page.getByTestId("contract-row").count()).isEqualTo(10);
        assertThat(page.getByTestId("contract-row").first().textContent()).contains("PAGE-050");
        assertThat(page.getByTestId("contract-search").inputValue())
                .as("the query stays")
                .isEqualTo("PAGE-");
        Browser.screenshot(page, "contracts");
        page.navigate(b.baseUrl() + "/console/vorabstimmungen");
        assertThat(page.getByTestId("pager-count").textContent()).matches("1–\\d+ von \\d+");
    }

    /** What an agent reads in German: no value the gateway stores as a code, on any page, after all the flows. */
    @Test
    @Order(30)
    void noPageShowsARawCodeInGerman() {
        Page page = loggedIn(b, TestAccess.ADMIN);
        page.navigate(b.baseUrl() + "/console?lang=de");
        java.util.List<String> paths = new java.util.ArrayList<>(java.util.List.of(
                "/console",
                "/console/vorabstimmungen",
                "/console/review",
                "/console/dead-letters",
                "/console/deadlines",
                "/console/partners",
                "/console/contracts",
                "/console/audit"));
        page.navigate(b.baseUrl() + "/console/vorabstimmungen");
        page.locator("table a[href*='/console/vorabstimmungen/']")
                .all()
                .forEach(l -> paths.add(l.getAttribute("href")));
        page.navigate(b.baseUrl() + "/console/contracts");
        page.locator("table a[href*='/console/contracts/']").all().stream()
                .limit(3)
                .forEach(l -> paths.add(l.getAttribute("href")));
        java.util.regex.Pattern code = java.util.regex.Pattern.compile(
                "\\b(?:[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+|ACTIVE|PENDING|DELIVERED|DEAD|CONSOLE|LOGIN|REFUSED|LOCKED"
                        + "|AGREED|REJECTED|CANCELLED|AWAITED|CONFIRMED|DONE|FAILED|RUNNING)\\b");
        java.util.regex.Pattern english = java.util.regex.Pattern.compile(
                "\\b(?:the|is|are|was|were|has|have|not|and|of|with|for|failed|refused|switched)\\b");
        java.util.List<String> raw = new java.util.ArrayList<>();
        java.util.List<String> clipped = new java.util.ArrayList<>();
        for (String path : paths) {
            page.navigate(path.startsWith("http") ? path : b.baseUrl() + path);
            // at 1280 px (Browser's viewport) no text is cut off by a box too narrow for it
            @SuppressWarnings("unchecked")
            java.util.List<String> cut = (java.util.List<String>) page.evaluate("() => Array.from("
                    + "document.querySelectorAll('body *')).filter(e => { const s = getComputedStyle(e);"
                    + " return (s.overflowX === 'hidden' || s.overflowX === 'clip' || s.overflowX === 'auto'"
                    + " || s.overflowX === 'scroll' || s.textOverflow === 'ellipsis')"
                    + " && e.tagName !== 'PRE' && e.scrollWidth > e.clientWidth + 1 && e.textContent.trim() !== ''; })"
                    + ".map(e => e.tagName + '.' + e.className + ': ' + e.textContent.trim().slice(0, 40))");
            cut.forEach(c -> clipped.add(path + ": " + c));
            // every text as written (not as CSS capitalises it), without the XML and technical details, which are
            // code on purpose
            String text = (String) page.evaluate("() => { document.querySelectorAll("
                    + "'main pre, main code, main textarea, main script, main option').forEach(e => e.remove());"
                    + " const texts = []; const walker = document.createTreeWalker(document.querySelector('main'),"
                    + " NodeFilter.SHOW_TEXT); while (walker.nextNode()) { texts.push(walker.currentNode.nodeValue); }"
                    + " return texts.join(' '); }");
            java.util.regex.Matcher m = code.matcher(text);
            while (m.find()) {
                raw.add(path + ": " + m.group());
            }
            // English prose (a reason or note the gateway wrote in English) reads as English function words
            java.util.regex.Matcher w = english.matcher(text);
            while (w.find()) {
                raw.add(path + ": English '" + w.group() + "' in "
                        + text.substring(Math.max(0, w.start() - 30), Math.min(text.length(), w.end() + 30)));
            }
        }
        assertThat(paths).hasSizeGreaterThan(15);
        assertThat(raw).as("raw codes shown in German").isEmpty();
        assertThat(clipped).as("text clipped at 1280 px").isEmpty();
        for (String list : java.util.List.of(
                "/console/vorabstimmungen",
                "/console/review",
                "/console/dead-letters",
                "/console/deadlines",
                "/console/contracts",
                "/console/audit")) {
            page.navigate(b.baseUrl() + list);
            assertThat(page.getByTestId("pager-count").first().textContent())
                    .as("%s says how many there are", list)
                    .matches("\\d+–\\d+ von \\d+");
        }
        page.navigate(b.baseUrl() + "/console/dead-letters");
        assertThat(page.getByTestId("refused-pager").getByTestId("pager-count").textContent())
                .as("the refusal log is paged too")
                .matches("\\d+–\\d+ von \\d+");
    }

    private Page loggedIn(Gateway gateway) {
        return loggedIn(gateway, TestAccess.OPERATOR);
    }

    /** What a person answers to "send the ABBM?" and the like in the flows: yes. */
    private static final java.util.function.Consumer<com.microsoft.playwright.Dialog> ACCEPT =
            com.microsoft.playwright.Dialog::accept;

    private Page loggedIn(Gateway gateway, String user) {
        Page page = browser.newPage();
        page.onDialog(ACCEPT);
        ConsoleSession.login(page, gateway, user);
        return page;
    }

    private static final String JOHN = "{\"person\":{\"anrede\":\"1\",\"vorname\":\"John\",\"nachname\":\"McFly\"}}";
    private static final String KATE = "{\"person\":{\"anrede\":\"2\",\"vorname\":\"Kate\",\"nachname\":\"McFly\"}}";

    /** The customer's old contract at DEU.AAAA and the won one at DEU.BBBB, with one single number in Berlin. */
    private void contracts(String name, String number) {
        String common = "\"inhaber\":" + JOHN + ",\"weitereInhaber\":[" + KATE + "],\"standort\":"
                + TwoGatewaysFlows.STANDORT + ",\"einzelanschluss\":{\"rufnummern\":[{\"onkz\":\"30\",\"rufnummer\":\""
                + number + "\"}]}";
        assertThat(a.put(
                                "/api/crm/contracts/OLD-" + name,
                                "{\"status\":\"ACTIVE\"," + common
                                        + ",\"technologie\":\"001 TAL ISDN\",\"ressourcen\":[{\"vertragsnummer\":\"V"
                                        + number + "\"}],"
                                        + "\"earliestEnd\":\"2026-12-01\"}")
                        .status())
                .isEqualTo(200);
        assertThat(b.put(
                                "/api/crm/contracts/NEW-" + name,
                                "{\"status\":\"NEW\"," + common + ",\"previousCarrier\":\"DEU.AAAA\",\"desiredDate\":\""
                                        + TwoGatewaysFlows.KWT + "\"}")
                        .status())
                .isEqualTo(200);
    }

    /** A switch started by DEU.BBBB over the REST API and agreed by DEU.AAAA. */
    private String agreedSwitch(String name, String number) {
        contracts(name, number);
        String id = b.ok("/api/crm/contracts/NEW-" + name + "/switch", null)
                .path("vorabstimmungsId")
                .asString();
        b.await(id, v -> v.path("phase").asString().equals("AGREED"));
        return id;
    }

    /** A VA from DEU.AAAA that waits in DEU.BBBB's review queue. */
    private String queuedVaAtB() {
        String id = a.ok("/api/vorabstimmungen", TwoGatewaysFlows.va("VA-KUE-MRN"))
                .path("vorabstimmungsId")
                .asString();
        b.await(id, v -> v.path("phase").asString().equals("VA_PENDING"));
        Patience.awaiting(id + " in the review queue")
                .until(() -> b.get("/api/review").body().toString().contains(id));
        return id;
    }

    private static String phase(Page page) {
        return page.getByTestId("state-badge").getAttribute("data-phase");
    }

    private static Locator entry(Page page, String direction, String type) {
        return page.locator("[data-testid=timeline-entry][data-direction=" + direction + "][data-type=" + type + "]");
    }

    private static java.util.List<String> options(Page page, String select) {
        return page.getByTestId(select).locator("option").all().stream()
                .map(o -> o.getAttribute("value"))
                .toList();
    }

    /** Messages arrive asynchronously: reloads the page until the condition holds. */
    private static void reloadUntil(Page page, Predicate<Page> condition) {
        if (condition.test(page)) {
            return;
        }
        Patience.awaiting("condition reached on " + page.url())
                .pollDelay(Duration.ofMillis(200))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    page.reload();
                    return condition.test(page);
                });
    }
}
