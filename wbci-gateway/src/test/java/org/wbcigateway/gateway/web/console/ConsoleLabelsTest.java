package org.wbcigateway.gateway.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wbcigateway.domain.deadline.AwaitedAnswer;
import org.wbcigateway.domain.deadline.EscalationLevel;
import org.wbcigateway.domain.followup.NewVaArrival;
import org.wbcigateway.domain.message.Rolle;
import org.wbcigateway.domain.state.AkmTrStatus;
import org.wbcigateway.domain.state.Phase;
import org.wbcigateway.gateway.vorabstimmung.MessageRecord;
import org.wbcigateway.gateway.vorabstimmung.VorabstimmungView;
import org.wbcigateway.gateway.web.api.AnfrageRequests;

/** Every value a console page shows by its label ({@code #{'prefix.' + value}}) has one in both languages. */
class ConsoleLabelsTest {

    static Stream<Arguments> labelled() {
        return Stream.of("i18n/console.properties", "i18n/console_en.properties")
                .flatMap(bundle -> Stream.of(
                        Arguments.of(bundle, "akm", AkmTrStatus.class),
                        Arguments.of(bundle, "phase", Phase.class),
                        Arguments.of(bundle, "role", Rolle.class),
                        Arguments.of(bundle, "awaited", AwaitedAnswer.class),
                        Arguments.of(bundle, "level", EscalationLevel.class),
                        Arguments.of(bundle, "newVaArrival", NewVaArrival.class),
                        Arguments.of(bundle, "party", VorabstimmungView.Party.class),
                        Arguments.of(bundle, "direction", MessageRecord.Direction.class),
                        Arguments.of(bundle, "outcome", MessageRecord.Outcome.class),
                        Arguments.of(
                                bundle, "contractStatus", org.wbcigateway.domain.vorabstimmung.ContractStatus.class),
                        Arguments.of(bundle, "changeRequest", org.wbcigateway.domain.state.ChangeRequest.class),
                        Arguments.of(
                                bundle, "channel", org.wbcigateway.gateway.platform.audit.AuditEntry.Channel.class),
                        Arguments.of(bundle, "refusal", org.wbcigateway.wire.WireException.Kind.class),
                        Arguments.of(bundle, "delivery", org.wbcigateway.gateway.outbox.OutboxStatus.class),
                        Arguments.of(bundle, "algorithm", org.wbcigateway.wire.security.SignatureAlgorithm.class),
                        Arguments.of(
                                bundle,
                                "purpose",
                                org.wbcigateway.gateway.platform.security.CertificateInventory.Purpose.class),
                        Arguments.of(bundle, "anrede", org.wbcigateway.domain.message.Anrede.class),
                        Arguments.of(bundle, "art", org.wbcigateway.domain.message.StornoArt.class),
                        Arguments.of(bundle, "art", AnfrageRequests.StornoArt.class),
                        Arguments.of(
                                bundle,
                                "portierungszeitfenster",
                                org.wbcigateway.domain.message.Portierungszeitfenster.class),
                        Arguments.of(bundle, "gf", org.wbcigateway.domain.message.Geschaeftsfall.class),
                        Arguments.of(bundle, "reviewReason", org.wbcigateway.gateway.decisions.ReviewReason.class)));
    }

    /** The gateway's own CRM events have labels; the others are labelled by their message or phase. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"i18n/console.properties", "i18n/console_en.properties"})
    void everyEventOfTheGatewayHasALabel(String bundle) throws IOException {
        Properties labels = new Properties();
        try (InputStream in = ConsoleLabelsTest.class.getClassLoader().getResourceAsStream(bundle);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            labels.load(reader);
        }
        assertThat(Arrays.stream(org.wbcigateway.domain.vorabstimmung.CrmEventType.values())
                        .map(org.wbcigateway.domain.vorabstimmung.CrmEventType::feedName)
                        .filter(n -> !n.startsWith("RECEIVED_") && !n.startsWith("SENT_") && !n.startsWith("STATE_"))
                        .map(n -> "event." + n))
                .isNotEmpty()
                .allSatisfy(key -> assertThat(labels.getProperty(key)).as(key).isNotBlank());
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("labelled")
    void everyValueHasALabel(String bundle, String prefix, Class<? extends Enum<?>> values) throws IOException {
        Properties labels = new Properties();
        try (InputStream in = ConsoleLabelsTest.class.getClassLoader().getResourceAsStream(bundle);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            labels.load(reader);
        }
        assertThat(Arrays.stream(values.getEnumConstants()).map(v -> prefix + "." + v.name()))
                .allSatisfy(key -> assertThat(labels.getProperty(key)).as(key).isNotBlank());
    }

    static Stream<Arguments> ruleTables() {
        return Stream.of("i18n/rules.properties", "i18n/rules_en.properties")
                .flatMap(bundle -> Stream.of(
                                org.wbcigateway.domain.decision.DecisionRule.class,
                                org.wbcigateway.domain.deadline.DateRule.class,
                                org.wbcigateway.domain.state.StateRule.class,
                                org.wbcigateway.domain.rule.ContentRule.class,
                                org.wbcigateway.gateway.actions.GatewayRule.class)
                        .map(table -> Arguments.of(bundle, table)));
    }

    /** A refusal in the console names each broken rule in the operator's language (ConsoleMessages#violation). */
    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("ruleTables")
    void everyRuleHasAText(String bundle, Class<? extends Enum<?>> table) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = ConsoleLabelsTest.class.getClassLoader().getResourceAsStream(bundle);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            texts.load(reader);
        }
        assertThat(Arrays.stream(table.getEnumConstants())
                        .map(r -> "rule." + ((org.wbcigateway.domain.rule.Rule) r).id()))
                .allSatisfy(key -> assertThat(texts.getProperty(key)).as(key).isNotBlank());
    }
}
