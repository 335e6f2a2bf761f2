package org.wbcigateway.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pseudonymising a stored message (issue 16): every personal field of every message kind gets its placeholder, the
 * result still reads (schema and structure rules), and IDs, dates and codes stay.
 */
class PseudonymiserTest {

    private final WbciCodec codec = new WbciCodec();

    static Stream<Arguments> messages() {
        Stream<Arguments> samples = Stream.of(TestData.SAMPLES)
                .filter(name -> !name.equals("teq.xml"))
                .map(name -> Arguments.of("sample " + name, TestData.sample(name)));
        Stream<Arguments> fixtures = Stream.of(TestData.FIXTURES)
                .filter(name -> !name.equals("teq.xml"))
                .map(name -> Arguments.of("fixture " + name, TestData.utf8(TestData.soap(TestData.fixture(name)))));
        return Stream.concat(samples, fixtures);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void everyPersonalFieldGoesTheRestStaysAndTheMessageStillReads(String name, byte[] raw) {
        byte[] pseudonymised = Pseudonymiser.pseudonymise(raw);
        assertThat(Pseudonymiser.hasPersonalData(pseudonymised)).isFalse();
        var before = codec.readMessage(raw).payload();
        var after = codec.readMessage(pseudonymised).payload();
        assertThat(after.getClass()).isEqualTo(before.getClass());
        // what is not personal reads the same: the message kind, its IDs, dates, codes
        assertThat(after.vorabstimmungsId()).isEqualTo(before.vorabstimmungsId());
        assertThat(Pseudonymiser.pseudonymise(pseudonymised))
                .as("a second time changes nothing")
                .isEqualTo(pseudonymised);
    }

    @Test
    void theSamplesCustomersAreGone() {
        String mrn = new String(Pseudonymiser.pseudonymise(TestData.sample("va-kue-mrn.xml")), StandardCharsets.UTF_8);
        for (String personal : List.of("Bezirksjugendring", "Landshuter Allee", "80637", "München", "547084")) {
            assertThat(mrn).doesNotContain(personal);
        }
        for (String kept : List.of("DEU.MNET.V000000004", "2013-10-01", "DEU.DTAG", "<ONKZ>89</ONKZ>", "ZF1")) {
            assertThat(mrn).contains(kept);
        }
        assertThat(Pseudonymiser.hasPersonalData(TestData.sample("va-kue-mrn.xml")))
                .isTrue();
    }

    /** Each field, alone in the message that carries it, is found and replaced by a value its type allows. */
    @ParameterizedTest
    @EnumSource(PersonalField.class)
    void eachFieldIsReplacedByAValidPlaceholder(PersonalField field) {
        String raw = Stream.of(TestData.FIXTURES)
                .map(TestData::fixture)
                .filter(xml -> xml.contains("<" + field.element() + ">"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no fixture carries " + field.element()));
        byte[] pseudonymised = Pseudonymiser.pseudonymise(TestData.utf8(TestData.soap(raw)));
        assertThat(new String(pseudonymised, StandardCharsets.UTF_8))
                .contains("<" + field.element() + ">" + field.placeholder() + "</" + field.element() + ">");
        codec.readMessage(pseudonymised);
    }
}
