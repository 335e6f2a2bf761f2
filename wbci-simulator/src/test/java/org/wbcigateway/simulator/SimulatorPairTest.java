package org.wbcigateway.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.simulator.scenario.Answer;
import org.wbcigateway.simulator.scenario.Rule;
import org.wbcigateway.simulator.scenario.Scenario;
import org.wbcigateway.simulator.scenario.ScenarioFiles;
import org.wbcigateway.simulator.scenario.Step;
import org.wbcigateway.wire.security.SigningKey;

/**
 * Two simulators on loopback HTTP, each the other's "gateway": the partner DEU.PRTN sends, DEU.GWAY answers as its
 * scenario says. Exercises real signing and verification both ways, TEQs and scripted misbehaviour.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SimulatorPairTest {

    private static final Duration WAIT = Duration.ofSeconds(120); // bounds a failing test only
    private final SigningKey partnerKey = SimulatorSettings.developmentKey(KftData.PARTNER);
    private final SigningKey gatewayKey = SimulatorSettings.developmentKey(KftData.GATEWAY);
    private final Clock today = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneId.of("Europe/Berlin"));
    private final Simulator partner = Simulator.start(
            SimulatorSettings.partner(partnerKey, List.of(gatewayKey.certificate()), null)
                    .withBusinessClock(today),
            Scenario.named("none"));
    private final Simulator gateway = Simulator.start(
            new SimulatorSettings(
                    KftData.GATEWAY,
                    KftData.PKI_GATEWAY,
                    KftData.PARTNER,
                    0,
                    partner.endpoint(),
                    gatewayKey,
                    List.of(partnerKey.certificate()),
                    today,
                    Duration.ofSeconds(5)),
            Scenario.named("none"));

    SimulatorPairTest() {
        partner.gatewayEndpoint(gateway.endpoint());
    }

    @AfterAll
    void stop() {
        partner.close();
        gateway.close();
    }

    @BeforeEach
    void standard() throws Exception {
        gateway.scenario(ScenarioFiles.builtIn("standard.json"));
        partner.scenario(Scenario.named("none"));
    }

    @Test
    void aVaIsAnsweredWithTheStandardRuemVaSignedAndVerifiedBothWays() {
        JournalEntry va = partner.run(Step.send("VA-KUE-MRN").set("case", "9.1.01"));
        assertThat(va.teq()).as(va.toString()).isEqualTo(TeqCode.OK);
        assertThat(va.note()).isNull();
        JournalEntry ruemVa = partner.journal()
                .await(e -> e.direction() == Direction.IN && va.vaId().equals(e.vaId()), WAIT);
        assertThat(ruemVa.describe()).isEqualTo("IN RUEM-VA 8001");
        assertThat(partner.agreedDate(va.vaId()))
                .isEqualTo(KftData.kwt(partner.today()))
                .hasToString("2026-12-15");
        assertThat(gateway.journal().awaitExchange(va.vaId(), 2, WAIT))
                .containsExactly("IN VA-KUE-MRN", "OUT RUEM-VA 8001");
    }

    @Test
    void adaPositionsAndAbbmCodesComeAsScripted() {
        gateway.scenario(Scenario.named("ada")
                .rule(Rule.when("VA").answer(Answer.of("RUEM-VA", "8001").ada("ORT", "Starnberg"))));
        JournalEntry va = partner.run(Step.send("VA-KUE-MRN").set("ort", "Musterhausen"));
        assertThat(partner.journal().awaitExchange(va.vaId(), 2, WAIT))
                .containsExactly("OUT VA-KUE-MRN", "IN RUEM-VA 8001+8105");

        gateway.scenario(Scenario.named("abbm").rule(Rule.when("VA").answer(Answer.of("ABBM", "8108", "8109"))));
        JournalEntry second = partner.run(Step.send("VA-KUE-ORN"));
        assertThat(partner.journal().awaitExchange(second.vaId(), 2, WAIT))
                .containsExactly("OUT VA-KUE-ORN", "IN ABBM 8108+8109");
    }

    @Test
    void aForeignSignatureIsRefusedWithTeq0990AndAWrongReleaseWith0993() {
        JournalEntry foreign = partner.run(Step.send("VA-RRNP").signature("FOREIGN"));
        assertThat(foreign.teq()).isEqualTo(TeqCode.SIGNATUR_UNGUELTIG);
        JournalEntry unsigned = partner.run(Step.send("VA-RRNP").signature("NONE"));
        assertThat(unsigned.teq()).isEqualTo(TeqCode.SIGNATUR_UNGUELTIG);
        JournalEntry release = partner.run(Step.send("VA-RRNP").set("majorRelease", "03"));
        assertThat(release.teq()).isEqualTo(TeqCode.VERSION_FALSCH);
        assertThat(gateway.journal()
                        .entries(e -> e.message() != null && foreign.vaId().equals(e.vaId())))
                .isEmpty();
    }

    @Test
    void scriptedNegativeTeqAndServerFaultThenARetryIsAccepted() {
        gateway.scenario(Scenario.named("teq")
                .rule(Rule.when("VA-KUE-ORN").teq("0995"))
                .rule(Rule.when("VA-RRNP").teq("HTTP500").times(1))
                .rule(Rule.when("VA-RRNP").answer(Answer.of("RUEM-VA"))));
        assertThat(partner.run(Step.send("VA-KUE-ORN")).teq()).isEqualTo(TeqCode.STRUKTUR_UNGUELTIG);
        JournalEntry fault = partner.run(Step.send("VA-RRNP"));
        assertThat(fault.teq()).isNull();
        assertThat(fault.note()).isEqualTo("HTTP 500");
        JournalEntry retry = partner.run(Step.send("DUPLICATE"));
        assertThat(retry.teq()).isEqualTo(TeqCode.OK);
        assertThat(partner.journal().awaitExchange(fault.vaId(), 3, WAIT))
                .containsExactly("OUT VA-RRNP", "OUT VA-RRNP", "IN RUEM-VA 8001");
        gateway.journal().awaitExchange(fault.vaId(), 3, WAIT);
        // the accepted message once more, byte for byte: a transport retry, TEQ OK and no second answer
        assertThat(partner.journal()
                        .entries(e -> fault.vaId().equals(e.vaId()))
                        .get(1)
                        .raw())
                .isEqualTo(retry.raw());
        assertThat(partner.run(Step.send("DUPLICATE")).teq()).isEqualTo(TeqCode.OK);
        assertThat(gateway.journal().awaitExchange(fault.vaId(), 4, WAIT))
                .containsExactly("IN VA-RRNP", "IN VA-RRNP", "OUT RUEM-VA 8001", "IN VA-RRNP");
        assertThat(gateway.journal().of(fault.vaId()).get(3).note()).isEqualTo("transport retry");
    }

    @Test
    void aHangingPartnerHoldsTheSenderThenDropsTheConnection() throws Exception {
        gateway.scenario(
                ScenarioFiles.builtIn("standard.json").first(Rule.when("TV").teq("HANG:8")));
        JournalEntry va = partner.run(Step.send("VA-KUE-MRN"));
        partner.journal().awaitExchange(va.vaId(), 2, WAIT);
        long start = System.nanoTime();
        JournalEntry tv = partner.run(Step.send("TV"));
        assertThat(tv.teq()).isNull();
        assertThat(tv.note()).startsWith("no answer");
        // held for the 8 s the scenario says, then dropped (how much longer it took is the machine's business)
        Duration held = Duration.ofNanos(System.nanoTime() - start);
        assertThat(held).isGreaterThanOrEqualTo(Duration.ofSeconds(8));
        System.out.printf("hanging partner: no answer after %d ms%n", held.toMillis());
    }

    @Test
    void changeRequestsAreConfirmedOrRefusedWithTheRightReferences() {
        JournalEntry va = partner.run(Step.send("VA-KUE-MRN"));
        partner.journal().awaitExchange(va.vaId(), 2, WAIT);
        partner.run(Step.send("TV").set("neuerKundenwunschtermin", "+21"));
        assertThat(partner.journal().awaitExchange(va.vaId(), 4, WAIT)).endsWith("OUT TV", "IN ERLM 8003");
        assertThat(partner.agreedDate(va.vaId())).isEqualTo(KftData.datePlusAt(partner.today(), 21));
        gateway.scenario(Scenario.named("refuse").rule(Rule.when("STORNO").answer(Answer.of("ABBM"))));
        partner.run(Step.send("STR-AUFH-AUF"));
        assertThat(partner.journal().awaitExchange(va.vaId(), 6, WAIT)).endsWith("OUT STR-AUFH-AUF", "IN ABBM 8142");
    }

    @Test
    void anAnswerThatCannotBeBuiltIsRecordedNotSent() {
        gateway.scenario(Scenario.named("broken").rule(Rule.when("VA").answer(Answer.of("ABBM"))));
        JournalEntry va = partner.run(Step.send("VA-RRNP"));
        JournalEntry failed =
                gateway.journal().await(e -> e.note() != null && e.note().startsWith("answer ABBM"), WAIT);
        assertThat(failed.note()).contains("needs codes");
        assertThat(partner.journal().exchange(va.vaId())).containsExactly("OUT VA-RRNP");
    }
}
