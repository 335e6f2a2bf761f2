package org.wbcigateway.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.wbcigateway.simulator.scenario.Answer;
import org.wbcigateway.simulator.scenario.Rule;
import org.wbcigateway.simulator.scenario.Scenario;
import org.wbcigateway.simulator.scenario.ScenarioFiles;
import org.wbcigateway.simulator.scenario.Step;
import org.wbcigateway.simulator.scenario.TeqReply;

class ScenarioFilesTest {

    @Test
    void theStandardScenarioAnswersEveryVaWithZwaAndConfirmsEveryChangeRequest() throws Exception {
        Scenario standard = ScenarioFiles.builtIn("standard.json");
        assertThat(standard.rules()).extracting(r -> r.when().type()).containsExactly("VA", "TV", "STORNO");
        assertThat(standard.rules().get(0).answers()).containsExactly(Answer.of("RUEM-VA", "8001"));
        assertThat(standard.rules().get(1).answers())
                .extracting(Answer::message)
                .containsExactly("ERLM");
        assertThat(ScenarioFiles.load("standard")).isEqualTo(standard);
    }

    @Test
    void aScenarioBuiltInJavaIsTheSameModelAsItsFile() {
        Scenario built = Scenario.named("x")
                .rule(Rule.when("AKM-TR").teq("0993").times(1))
                .rule(Rule.when("VA")
                        .answer(Answer.of("RUEM-VA", "8002")
                                .ada("ORT", "Starnberg")
                                .wechseltermin("KWT+3")
                                .delay(50)))
                .step(Step.send("VA-KUE-MRN").set("ort", "Musterhausen"))
                .step(Step.await("RUEM-VA"));
        assertThat(ScenarioFiles.parse(ScenarioFiles.write(built))).isEqualTo(built);
        assertThat(ScenarioFiles.parse("""
                {"name":"x","rules":[{"when":{"type":"AKM-TR"},"teq":"0993","times":1},
                 {"when":{"type":"VA"},"answers":[{"message":"RUEM-VA","codes":["8002"],"delayMs":50,
                  "adresseAbweichend":{"ORT":"Starnberg"},"wechseltermin":"KWT+3"}]}],
                 "steps":[{"send":"VA-KUE-MRN","set":{"ort":"Musterhausen"}},{"send":"WAIT","await":"RUEM-VA"}]}
                """)).isEqualTo(built);
    }

    @Test
    void typosAndUnknownTeqRepliesAreRejected() {
        assertThatThrownBy(() -> ScenarioFiles.parse("{\"name\":\"x\",\"rulez\":[]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rulez");
        assertThatThrownBy(() -> ScenarioFiles.parse("{\"rules\":[{\"teq\":\"0999\"}]}"))
                .hasMessageContaining("0999");
    }

    @Test
    void teqRepliesInTheirNotation() {
        assertThat(TeqReply.parse("hang:5")).isEqualTo(TeqReply.hang(Duration.ofSeconds(5)));
        assertThat(TeqReply.parse(null)).isEqualTo(TeqReply.OK);
        assertThat(TeqReply.parse("HTTP500").kind()).isEqualTo(TeqReply.Kind.HTTP_500);
        assertThat(TeqReply.parse("CLOSE").kind()).isEqualTo(TeqReply.Kind.CLOSE);
    }

    @Test
    void theCataloguesDatesAndIds() {
        // 2026-11-25 + 14 AT = Tue 2026-12-15 (BY)
        assertThat(KftData.kwt(LocalDate.of(2026, 11, 25))).isEqualTo(LocalDate.of(2026, 12, 15));
        // 2026-12-04 + 14 AT = Thu 2026-12-24, followed by a holiday: the next fitting day is Mon 2026-12-28
        assertThat(KftData.datePlusAt(LocalDate.of(2026, 12, 4), 14)).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(KftData.id(KftData.PARTNER, 'S', "7.1.01")).isEqualTo("DEU.PRTN.SKFT070101");
        assertThat(KftData.id(KftData.GATEWAY, 'V', "10.2.13")).isEqualTo("DEU.GWAY.VKFT100213");
    }
}
