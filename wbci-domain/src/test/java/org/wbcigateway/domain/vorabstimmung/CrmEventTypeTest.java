package org.wbcigateway.domain.vorabstimmung;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.wbcigateway.domain.deadline.EscalationLevel;
import org.wbcigateway.domain.message.MessageType;
import org.wbcigateway.domain.state.Phase;

/** The feed's event types: one per message and direction, phase and escalation level, under their old names. */
class CrmEventTypeTest {

    @ParameterizedTest
    @EnumSource(MessageType.class)
    void everyMessageIsReceivedAndSentUnderItsAbbreviation(MessageType type) {
        assertThat(CrmEventType.received(type).feedName()).isEqualTo("RECEIVED_" + type.abbreviation());
        assertThat(CrmEventType.sent(type).feedName()).isEqualTo("SENT_" + type.abbreviation());
        assertThat(CrmEventType.received(type).kind()).isEqualTo(CrmEventType.Kind.RECEIVED);
    }

    @ParameterizedTest
    @EnumSource(value = Phase.class, mode = EnumSource.Mode.EXCLUDE, names = "NONE")
    void everyPhaseAVorabstimmungCanReach(Phase phase) {
        assertThat(CrmEventType.state(phase).feedName()).isEqualTo("STATE_" + phase.name());
    }

    @ParameterizedTest
    @EnumSource(value = EscalationLevel.class, mode = EnumSource.Mode.EXCLUDE, names = "NONE")
    void everyEscalationLevel(EscalationLevel level) {
        assertThat(CrmEventType.escalation(level).feedName()).isEqualTo("ESCALATION_" + level.name());
    }

    @Test
    void feedNamesAreUniqueAndReadBack() {
        assertThat(Arrays.stream(CrmEventType.values()).map(CrmEventType::feedName))
                .doesNotHaveDuplicates();
        for (CrmEventType type : CrmEventType.values()) {
            assertThat(CrmEventType.byFeedName(type.feedName())).isEqualTo(type);
        }
        assertThat(CrmEventType.TECHNICAL_REJECTION.feedName()).isEqualTo("TECHNICAL_REJECTION");
    }
}
