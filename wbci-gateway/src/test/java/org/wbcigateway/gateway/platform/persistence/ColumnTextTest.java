package org.wbcigateway.gateway.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Free text as a column keeps it: control characters but tab and line breaks become U+FFFD, then it is cut. */
class ColumnTextTest {

    // values quoted: unquoted, the CSV reader would trim the control characters at their ends

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "plain text|'plain text'|'plain text'|20",
                "NUL inside|'a\u0000b'|'a\uFFFDb'|20",
                "bell and escape|'\u0007x\u001b'|'\uFFFDx\uFFFD'|20",
                "DEL and C1|'x\u007f\u0085'|'x\uFFFD\uFFFD'|20",
                "tab and line breaks kept|'a\tb\r\nc'|'a\tb\r\nc'|20",
                "cut with an ellipsis|'abcdefghij'|'abcd...'|7",
                "replaced, then cut|'\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000'|'\uFFFD\uFFFD\uFFFD\uFFFD...'|7"
            })
    void makesTextStorable(String what, String input, String stored, int max) {
        assertThat(ColumnText.truncate(input, max)).isEqualTo(stored);
    }
}
