package org.wbcigateway.gateway.kft;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Control;
import org.wbcigateway.domain.message.Endkundenvertragspartner;
import org.wbcigateway.domain.message.Envelope;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Meldung;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.domain.message.WbciMessage;
import org.wbcigateway.gateway.support.Gateway;
import org.wbcigateway.gateway.support.Patience;
import org.wbcigateway.gateway.support.Soap;
import org.wbcigateway.gateway.support.TestKeys;
import org.wbcigateway.simulator.KftData;
import org.wbcigateway.simulator.Simulator;
import org.wbcigateway.simulator.SimulatorSettings;
import org.wbcigateway.simulator.scenario.Scenario;
import org.wbcigateway.simulator.scenario.ScenarioFiles;
import org.wbcigateway.wire.WbciCodec;
import tools.jackson.databind.JsonNode;

/**
 * The interop catalogue's test bed: one gateway DEU.GWAY (PKI D000, BY, business clock fixed at {@link #TODAY}, H2,
 * decisions AUTOMATIC, the contract fixture of catalogue §4.5 loaded through the CRM API) and one simulator DEU.PRTN
 * (PKI D123) as its partner, both on loopback HTTP with their test keys. Start it once per test class.
 */
public final class KftHarness implements AutoCloseable {

    public static final String BUSINESS_TIME = "2026-11-25T10:00:00+01:00";
    public static final LocalDate TODAY = OffsetDateTime.parse(BUSINESS_TIME).toLocalDate();
    public static final Duration WAIT = Duration.ofSeconds(120); // bounds a failing test only
    private static final WbciCodec CODEC = new WbciCodec();

    public final Gateway gateway;
    public final Simulator partner;
    private final CarrierCode gw;
    private final CarrierCode prtn;
    /** Closed with the harness; {@code null} where the gateway is shared and closed by its owner. */
    private final AutoCloseable owned;
    /**
     * The gateway's business clock is the installation's: a case holds it for reading, a case that moves it holds it
     * alone until it ends, so the other tenant's cases never see a day they did not ask for.
     */
    private final java.util.concurrent.locks.ReadWriteLock day;

    KftHarness(
            Gateway gateway,
            Simulator partner,
            CarrierCode gw,
            CarrierCode prtn,
            AutoCloseable owned,
            java.util.concurrent.locks.ReadWriteLock day) {
        this.gateway = gateway;
        this.partner = partner;
        this.gw = gw;
        this.prtn = prtn;
        this.owned = owned;
        this.day = day;
    }

    private boolean dayMoved;

    /** A case begins: the business day is read, not moved, by it until it moves it. */
    void caseStarts() {
        day.readLock().lock();
    }

    /** A case ends: the business day is {@link #TODAY} again, and free for the other tenant's cases. */
    void caseEnds() {
        if (dayMoved) {
            setGatewayClock(TODAY);
            dayMoved = false;
            day.writeLock().unlock();
        } else {
            day.readLock().unlock();
        }
    }

    /** Moves the gateway's business clock to 10:00 on that day, until the case ends (or it is moved again). */
    public void gatewayToday(LocalDate date) {
        if (!dayMoved) {
            day.readLock().unlock();
            day.writeLock().lock();
            dayMoved = true;
        }
        setGatewayClock(date);
    }

    /** The business day {@link #TODAY} again, if the case moved it (it keeps it to itself until it ends). */
    void dayBackToToday() {
        if (dayMoved) {
            setGatewayClock(TODAY);
        }
    }

    private void setGatewayClock(LocalDate date) {
        gateway.context()
                .getBean(org.wbcigateway.gateway.platform.config.AdjustableClock.class)
                .set(date.atTime(10, 0)
                        .atZone(java.time.ZoneId.of("Europe/Berlin"))
                        .toInstant());
    }

    /** The gateway's carrier code here: the catalogue's DEU.GWAY, or the tenant's where it is one of two. */
    public CarrierCode gw() {
        return gw;
    }

    /** The partner's carrier code here: the catalogue's DEU.PRTN, or the second tenant's partner's. */
    public CarrierCode prtn() {
        return prtn;
    }

    /** The catalogue's ID of the partner's message of a case, e.g. {@code partnerId('S', "7.1.01")}. */
    public String partnerId(char letter, String caseId) {
        return KftData.id(prtn, letter, caseId);
    }

    /** @param name names the gateway's database; one per test class */
    public static KftHarness start(String name) {
        return start(name, Map.of());
    }

    /** @param settings further gateway settings of the test class, e.g. the Projektkenner it knows */
    public static KftHarness start(String name, Map<String, String> settings) {
        String gw = KftData.GATEWAY.value();
        String prtn = KftData.PARTNER.value();
        int gatewayPort = Gateway.freePort();
        Simulator partner = Simulator.start(
                SimulatorSettings.partner(
                                TestKeys.key(prtn),
                                List.of(TestKeys.key(gw).certificate()),
                                URI.create("http://127.0.0.1:" + gatewayPort + "/wbci/v2"))
                        .withBusinessClock(Clock.fixed(
                                OffsetDateTime.parse(BUSINESS_TIME).toInstant(), java.time.ZoneId.of("Europe/Berlin"))),
                standardScenario());
        Gateway gateway = Gateway.start(
                gw,
                KftData.PKI_GATEWAY.value(),
                gatewayPort,
                prtn,
                partner.port(),
                Gateway.Database.H2,
                name,
                withDefaults(settings));
        KftHarness harness = new KftHarness(
                gateway,
                partner,
                KftData.GATEWAY,
                KftData.PARTNER,
                gateway,
                new java.util.concurrent.locks.ReentrantReadWriteLock());
        harness.loadContracts();
        return harness;
    }

    static Map<String, String> withDefaults(Map<String, String> settings) {
        Map<String, String> all = new java.util.HashMap<>(Map.of(
                "wbci.fixed-clock", BUSINESS_TIME,
                "wbci.bundesland", "BY",
                "wbci.decision.mode", "AUTOMATIC"));
        all.putAll(settings);
        return all;
    }

    public static Scenario standardScenario() {
        return ScenarioFiles.load("standard");
    }

    /** The catalogue's KWT: 14 AT after {@link #TODAY}, a working day not followed by a holiday. */
    public LocalDate kwt() {
        return KftData.kwt(TODAY);
    }

    // --- gateway as EKPauf (groups 1–8)

    /** The standard VA of the case with the overrides of {@code KftData.va}, as the gateway's operator enters it. */
    public Vorabstimmungsanfrage standardVa(Geschaeftsfall gf, String caseId, Map<String, String> overrides) {
        return KftData.va(
                gf,
                new Endkundenvertragspartner(gw, prtn),
                VorabstimmungsId.of(KftData.id(gw, 'V', caseId)),
                KftData.PKI_GATEWAY,
                kwt(),
                caseId,
                overrides);
    }

    /** The gateway sends the case's VA; returns the VorabstimmungsId it gave it. */
    public String gatewaySendsVa(Geschaeftsfall gf, String caseId, Map<String, String> overrides) {
        return gateway.ok("/api/vorabstimmungen", KftRequests.va(standardVa(gf, caseId, overrides)))
                .path("vorabstimmungsId")
                .asString();
    }

    /** The gateway sends the standard AKM-TR with {@code KftData.akmTr} overrides. */
    public void gatewaySendsAkmTr(String vaId, Geschaeftsfall gf, Map<String, String> overrides) {
        gateway.ok(
                "/api/vorabstimmungen/" + vaId + "/akm-tr",
                KftRequests.akmTr(KftData.akmTr(
                        new Endkundenvertragspartner(gw, prtn),
                        VorabstimmungsId.of(vaId),
                        gf,
                        KftData.PKI_GATEWAY,
                        overrides)));
    }

    /**
     * A message the gateway would not send (its state rules forbid it), signed with the gateway's key and posted to
     * the partner as if the gateway had sent it; returns the partner's TEQ code ({@code null}: none).
     */
    public TeqCode forceFromGateway(WbciMessage message) {
        byte[] soap = TestKeys.sign(
                KftData.GATEWAY.value(), // the installation's key, whichever tenant it signs for
                CODEC.writeMessageSoap(new Envelope<>(
                        Control.v200(OffsetDateTime.now(), new Control.SignaturId("CN=" + gw + " test", "01")),
                        message)));
        Soap.Response response = Soap.post(partner.endpoint().toString(), soap);
        return response.status() == 200
                ? CODEC.readQuittung(response.body()).payload().code()
                : null;
    }

    // --- observing both sides

    /** The partner's journal of the VA stays at {@code count} entries for a while: nothing more is sent to it. */
    public void nothingMoreAfter(String vaId, int count) {
        Patience.holding("nothing more sent to the partner for " + vaId, Duration.ofMillis(1500))
                .untilAsserted(() -> assertThat(partner.journal().of(vaId)).hasSize(count));
    }

    /** The gateway's view of the Vorabstimmung once the condition holds. */
    public JsonNode await(String vaId, Predicate<JsonNode> condition) {
        return gateway.await(vaId, condition);
    }

    /**
     * The gateway's timeline as lines like the simulator's journal, e.g. {@code OUT VA-KUE-MRN},
     * {@code IN RUEM-VA 8001+8105}, once it has {@code count} entries and every outgoing one got its TEQ.
     */
    public List<String> gatewayExchange(String vaId, int count) {
        JsonNode view = gateway.await(vaId, v -> v.path("timeline").size() >= count && settled(v));
        List<String> lines = new ArrayList<>();
        for (JsonNode m : view.path("timeline")) {
            WbciMessage message = CODEC.readMessage(
                            m.path("raw").asString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .payload();
            String codes = message instanceof Meldung
                    ? ((Meldung) message)
                            .positionen().stream()
                                    .map(p -> p.meldungscode().code())
                                    .collect(Collectors.joining("+"))
                    : "";
            lines.add(m.path("direction").asString() + " " + message.type().abbreviation()
                    + (codes.isEmpty() ? "" : " " + codes));
        }
        return lines;
    }

    /** The simulator's journal for the Vorabstimmung once it has {@code count} entries. */
    public List<String> partnerExchange(String vaId, int count) {
        return partner.journal().awaitExchange(vaId, count, WAIT);
    }

    /** Outgoing messages no longer waiting for delivery (delivered, or given up after a negative TEQ). */
    private static boolean settled(JsonNode view) {
        for (JsonNode m : view.path("timeline")) {
            if (m.path("direction").asString().equals("OUT")) {
                String status = m.path("delivery").path("status").asString();
                if (!status.equals("DELIVERED") && !status.equals("DEAD")) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The open deadline awaiting this answer, e.g. {@code AKM_TR}; {@code null} if none. */
    public static JsonNode openDeadline(JsonNode view, String awaited) {
        for (JsonNode d : view.path("deadlines")) {
            if (d.path("awaited").asString().equals(awaited) && d.path("open").asBoolean()) {
                return d;
            }
        }
        return null;
    }

    /**
     * The new VA {@code neu} followed up the voided {@code old} at the gateway (ADR 0003): both name each other, the
     * follow-up says how it arrived, the NEW_VA deadline {@code awaited} is closed, the voided VA owes no AKM-TR.
     */
    public void assertFollowedUp(String old, String neu, String arrival, String awaited) {
        JsonNode voided = gateway.await(old, v -> v.path("folgeVa").asString().equals(neu));
        assertThat(voided.path("phase").asString()).isEqualTo("NEW_VA");
        assertThat(voided.path("akmTr").asString()).isEqualTo("NOT_APPLICABLE");
        assertThat(openDeadline(voided, awaited)).as(awaited + " closed").isNull();
        assertThat(voided.path("deadlines").toString()).contains(awaited);
        JsonNode followUp = gateway.vorabstimmung(neu);
        assertThat(followUp.path("vorgaengerVa").asString()).isEqualTo(old);
        assertThat(followUp.path("newVaArrival").asString()).isEqualTo(arrival);
    }

    // --- the gateway's CRM (groups 9–16 decide from it)

    /**
     * The contract fixture of catalogue §4.5: the customer's line with the block 89/123456 (00–99), the line
     * 89/123456789 (ORN), and data set A's line; all holders, Standort and the Ressource as in the standard data,
     * contract end before the KWT.
     */
    void loadContracts() {
        Map<String, String> ressource = Map.of(
                "vertragsnummer",
                KftData.VERTRAGSNUMMER,
                "identifizierer",
                "I12345",
                "kennungTNBabg",
                KftData.KENNUNG_TNB_ABG.value());
        String end = TODAY.toString();
        contract(
                "KFT-ANLAGE",
                KftRequests.contract(
                        standardVa(Geschaeftsfall.VA_KUE_MRN, "0.0.0", Map.of()), KftData.TECHNOLOGIE, end, ressource));
        contract(
                "KFT-LINE",
                KftRequests.contract(
                        standardVa(Geschaeftsfall.VA_KUE_ORN, "0.0.0", Map.of()), KftData.TECHNOLOGIE, end, ressource));
        contract(
                "KFT-A",
                KftRequests.contract(
                        standardVa(Geschaeftsfall.VA_KUE_MRN, "0.0.0", Map.of("datensatz", "A")),
                        KftData.TECHNOLOGIE,
                        end,
                        ressource));
    }

    private void contract(String id, String json) {
        Gateway.Reply reply = gateway.put("/api/crm/contracts/" + id, json);
        if (reply.status() / 100 != 2) {
            throw new IllegalStateException("contract " + id + " refused: " + reply.status() + " " + reply.body());
        }
    }

    @Override
    public void close() {
        partner.close();
        if (owned != null) {
            try {
                owned.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
