package org.wbcigateway.gateway.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which texts are about the customer (a refusal's head, an Idempotency-Key answer), told apart from other
 * customers' texts: an ID, a whole number, or every part of a name; never a family name, a first name or a town
 * alone, nor a number that only begins alike.
 */
class TracedInTest {

    private static final SubjectRecords.Found JOHN = new SubjectRecords.Found(
            Set.of("K-4711"),
            Set.of("DEU.AAAA.V000000001"),
            Set.of("John McFly"),
            Set.of("8912345600"),
            Set.of("John McFly", "8912345600", "München"));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "<vorname>John</vorname><nachname>McFly</nachname>|true",
                "{\"person\":{\"nachname\":\"McFly\",\"vorname\":\"John\"}}|true",
                "<nachname>McFly</nachname>|false",
                "<vorname>John</vorname><nachname>Brown</nachname>|false",
                "<ort>München</ort>|false",
                "call 8912345600 today|true",
                "89123456001|false",
                "18912345600|false",
                "{\"vorabstimmungsId\":\"DEU.AAAA.V000000001\"}|true",
                "contract K-4711|true",
                "DEU.AAAA.V000000002|false"
            })
    void aTextIsTheCustomersOnlyByAnIdAWholeNumberOrAWholeName(String text, boolean theirs) {
        assertThat(JOHN.tracedIn(text)).isEqualTo(theirs);
    }
}
