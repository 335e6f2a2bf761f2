package org.wbcigateway.domain.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wbcigateway.domain.fixtures.KftMessages;
import org.wbcigateway.domain.id.LineId;
import org.wbcigateway.domain.message.Meldungsposition;
import org.wbcigateway.domain.message.UebernahmeLeitung;

/** TV and AKM-TR decisions of the receiver (catalogue 14.x, 9.2.08–9.2.10, 10.2.08–10.2.10). */
class ChangeDecisionsTest {

    private static final Map<String, ChangeDecisions.ResourceOwner> CRM = Map.of(
            "V123456", new ChangeDecisions.ResourceOwner("K-1", true),
            "V999999", new ChangeDecisions.ResourceOwner("K-2", true),
            "V000001", new ChangeDecisions.ResourceOwner("K-1", false),
            "DEU.GWAY.1", new ChangeDecisions.ResourceOwner("K-1", true));

    private static List<String> codes(List<UebernahmeLeitung> leitungen) {
        return ChangeDecisions.refuseAkmTr(
                        leitungen,
                        "K-1",
                        l -> Optional.ofNullable(CRM.get(
                                        l.vertragsnummer() != null
                                                ? l.vertragsnummer()
                                                : l.lineId().value()))
                                .stream()
                                .toList())
                .stream()
                .map(p -> p.meldungscode().code())
                .toList();
    }

    @Test
    void akmTrTable() {
        assertThat(codes(List.of(UebernahmeLeitung.ofVertragsnummer("V123456"))))
                .isEmpty();
        assertThat(codes(List.of(UebernahmeLeitung.ofLineId(LineId.of("DEU.GWAY.1")))))
                .isEmpty();
        assertThat(codes(List.of())).as("no line taken over: nothing to refuse").isEmpty();
        assertThat(codes(List.of(UebernahmeLeitung.ofVertragsnummer("123456789"))))
                .containsExactly("8143");
        assertThat(codes(List.of(UebernahmeLeitung.ofLineId(LineId.of("DEU.PRTN.123457")))))
                .containsExactly("8144");
        assertThat(codes(List.of(UebernahmeLeitung.ofVertragsnummer("V999999"))))
                .containsExactly("8145");
        assertThat(codes(List.of(UebernahmeLeitung.ofVertragsnummer("V000001"))))
                .containsExactly("8147");
        assertThat(codes(List.of(
                        UebernahmeLeitung.ofVertragsnummer("123456789"),
                        UebernahmeLeitung.ofVertragsnummer("123456780"))))
                .as("one position per reason")
                .containsExactly("8143");
    }

    @Test
    void aResourceListedUnderSeveralContractsCountsForTheVasOwn() {
        List<ChangeDecisions.ResourceOwner> twice =
                List.of(new ChangeDecisions.ResourceOwner("K-9", true), new ChangeDecisions.ResourceOwner("K-1", true));
        assertThat(ChangeDecisions.refuseAkmTr(
                        List.of(UebernahmeLeitung.ofVertragsnummer("V123456")), "K-1", l -> twice))
                .isEmpty();
        assertThat(ChangeDecisions.refuseAkmTr(
                        List.of(UebernahmeLeitung.ofVertragsnummer("V123456")), "K-2", l -> twice))
                .extracting(p -> p.meldungscode().code())
                .containsExactly("8145");
    }

    @Test
    void tvBeforeTheContractEndIsRefused() {
        assertThat(ChangeDecisions.refuseTv(KftMessages.tv(), null)).isEmpty();
        assertThat(ChangeDecisions.refuseTv(KftMessages.tv(), KftMessages.NEW_DATE))
                .isEmpty();
        assertThat(ChangeDecisions.refuseTv(KftMessages.tv(), KftMessages.NEW_DATE.plusDays(1)))
                .hasValueSatisfying(p -> assertThat(p)
                        .extracting(Meldungsposition::meldungscode)
                        .extracting(c -> c.code())
                        .containsExactly("8141"));
        assertThat(LocalDate.of(2026, 12, 29)).isEqualTo(KftMessages.NEW_DATE);
    }
}
