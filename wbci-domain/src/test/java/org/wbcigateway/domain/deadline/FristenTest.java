package org.wbcigateway.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FristenTest {

    /** Every number of both tables of spec §6, with its default. */
    static Stream<Arguments> specDefaults() {
        return Stream.of(
                row("RUEM-VA or ABBM: VA received + 3 AT", Fristen::ruemVaOrAbbmAfterVa, 3),
                row("AKM-TR: Wechseltermin - 8 AT", Fristen::akmTrBeforeWechseltermin, 8),
                row("ERLM/ABBM to a TV: TV received + 3 AT", Fristen::erlmOrAbbmAfterTv, 3),
                row("ERLM/ABBM to a Storno: Storno received + 3 AT", Fristen::erlmOrAbbmAfterStorno, 3),
                row(
                        "new VA after ERLM to STR-AEN: original Wechseltermin - 7 AT",
                        Fristen::newVaBeforeOriginalWechseltermin,
                        7),
                row(
                        "new VA after STR-AEN-ABG: at the earliest ERLM + 5 AT",
                        Fristen::newVaNotBeforeAfterStrAenAbgErlm,
                        5),
                row("KWT KUE >= 7 AT", Fristen::kundenwunschterminLeadTimeKue, 7),
                row("KWT KUE warn below 10 AT", Fristen::kundenwunschterminRecommendedLeadTimeKue, 10),
                row("KWT RRNP >= 1 AT", Fristen::kundenwunschterminLeadTimeRrnp, 1),
                row("Wechseltermin in RUEM-VA KUE >= 5 AT", Fristen::wechselterminLeadTimeKue, 5),
                row("Wechseltermin in RUEM-VA RRNP >= 1 AT", Fristen::wechselterminLeadTimeRrnp, 1),
                row("new date in a TV KUE >= 5 AT", Fristen::tvTerminLeadTimeKue, 5),
                row("new date in a TV RRNP >= 1 AT", Fristen::tvTerminLeadTimeRrnp, 1),
                row("TV arrival >= 3 AT before the Wechseltermin", Fristen::tvArrivalBeforeWechseltermin, 3),
                row(
                        "Storno-Aufhebung arrival >= 3 AT before the Wechseltermin",
                        Fristen::stornoAufhebungArrivalBeforeWechseltermin,
                        3));
    }

    private static Arguments row(String rule, ToIntFunction<Fristen> value, int expected) {
        return Arguments.of(rule, value, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specDefaults")
    void defaultsAreThoseOfTheSpec(String rule, ToIntFunction<Fristen> value, int expected) {
        assertThat(value.applyAsInt(Fristen.defaults())).isEqualTo(expected);
    }

    @Test
    void anotherConfigurationIsBuiltFromTheDefaults() {
        Fristen custom = Fristen.defaults().toBuilder()
                .akmTrBeforeWechseltermin(6)
                .kundenwunschterminLeadTimeKue(9)
                .build();

        assertThat(custom.akmTrBeforeWechseltermin()).isEqualTo(6);
        assertThat(custom.kundenwunschterminLeadTimeKue()).isEqualTo(9);
        assertThat(custom.ruemVaOrAbbmAfterVa()).isEqualTo(3);
        assertThat(Fristen.defaults().akmTrBeforeWechseltermin()).isEqualTo(8);
        assertThat(custom.toBuilder().build()).isEqualTo(custom);
    }

    @Test
    void negativeValuesAreRejected() {
        assertThatThrownBy(() -> Fristen.defaults().toBuilder()
                        .tvArrivalBeforeWechseltermin(-1)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tvArrivalBeforeWechseltermin");
    }
}
