package org.wbcigateway.domain.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wbcigateway.domain.message.MessageType;

/** The catalogue in code equals spec §4, kept as a data file. */
class MeldungscodeTest {

    static List<String[]> rows() throws IOException {
        try (InputStream in = MeldungscodeTest.class.getResourceAsStream("/code/meldungscodes.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split(";"))
                    .toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void codeMatchesSpec(String code, String kurzname, String carriedBy) {
        Meldungscode mc = Meldungscode.fromCode(code);
        assertThat(mc.kurzname().orElse("-")).isEqualTo(kurzname);
        Set<String> carriers =
                mc.carriedBy().stream().map(MessageType::abbreviation).collect(Collectors.toSet());
        assertThat(carriers).containsExactlyInAnyOrder(carriedBy.split(","));
        assertThat(mc.standardtext()).isNotBlank().hasSizeLessThanOrEqualTo(255);
    }

    @Test
    void catalogueHasExactlyTheSpecsCodes() throws IOException {
        assertThat(Arrays.stream(Meldungscode.values()).map(Meldungscode::code))
                .containsExactlyInAnyOrderElementsOf(
                        rows().stream().map(r -> r[0]).toList());
    }

    @Test
    void allowedCodesPerMeldung() {
        assertThat(Meldungscode.allowedFor(MessageType.RUEM_VA))
                .extracting(Meldungscode::code)
                .containsExactly("8001", "8002", "8104", "8105", "8106", "8107");
        assertThat(Meldungscode.allowedFor(MessageType.ERLM))
                .extracting(Meldungscode::code)
                .containsExactly("8003", "8004");
        assertThat(Meldungscode.allowedFor(MessageType.AKM_TR))
                .extracting(Meldungscode::code)
                .containsExactly("8010");
        assertThat(Meldungscode.allowedFor(MessageType.VA_KUE_MRN)).isEmpty();
    }

    @Test
    void unknownCodeIsRejected() {
        assertThat(Meldungscode.find("8999")).isEmpty();
        assertThatThrownBy(() -> Meldungscode.fromCode("8999")).hasMessageContaining("8999");
        assertThatThrownBy(() -> TeqCode.fromCode("0991")).hasMessageContaining("0991");
    }
}
