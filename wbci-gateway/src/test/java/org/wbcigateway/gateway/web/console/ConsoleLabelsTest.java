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
                        Arguments.of(bundle, "outcome", MessageRecord.Outcome.class)));
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
}
