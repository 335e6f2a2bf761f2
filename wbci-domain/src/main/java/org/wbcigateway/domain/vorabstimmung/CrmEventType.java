package org.wbcigateway.domain.vorabstimmung;

import java.util.Arrays;
import java.util.Objects;
import org.wbcigateway.domain.deadline.EscalationLevel;
import org.wbcigateway.domain.message.MessageType;
import org.wbcigateway.domain.state.Phase;

/**
 * The kinds of event that land on a CRM contract's WBCI timeline and in the event feed. {@link #feedName()} is the
 * value the feed has always carried (e.g. {@code RECEIVED_RUEM-VA}), so consumers see no change. The engine emits the
 * message, state, technical-refusal and follow-up events; the gateway adds the CRM-side ones (contract found for a
 * VA, switch started, escalation).
 */
public enum CrmEventType {
    RECEIVED_VA_KUE_MRN(Kind.RECEIVED, MessageType.VA_KUE_MRN),
    RECEIVED_VA_KUE_ORN(Kind.RECEIVED, MessageType.VA_KUE_ORN),
    RECEIVED_VA_RRNP(Kind.RECEIVED, MessageType.VA_RRNP),
    RECEIVED_TV(Kind.RECEIVED, MessageType.TV),
    RECEIVED_STR_AUFH_AUF(Kind.RECEIVED, MessageType.STR_AUFH_AUF),
    RECEIVED_STR_AEN_AUF(Kind.RECEIVED, MessageType.STR_AEN_AUF),
    RECEIVED_STR_AUFH_ABG(Kind.RECEIVED, MessageType.STR_AUFH_ABG),
    RECEIVED_STR_AEN_ABG(Kind.RECEIVED, MessageType.STR_AEN_ABG),
    RECEIVED_RUEM_VA(Kind.RECEIVED, MessageType.RUEM_VA),
    RECEIVED_ABBM(Kind.RECEIVED, MessageType.ABBM),
    RECEIVED_AKM_TR(Kind.RECEIVED, MessageType.AKM_TR),
    RECEIVED_ABBM_TR(Kind.RECEIVED, MessageType.ABBM_TR),
    RECEIVED_ERLM(Kind.RECEIVED, MessageType.ERLM),
    SENT_VA_KUE_MRN(Kind.SENT, MessageType.VA_KUE_MRN),
    SENT_VA_KUE_ORN(Kind.SENT, MessageType.VA_KUE_ORN),
    SENT_VA_RRNP(Kind.SENT, MessageType.VA_RRNP),
    SENT_TV(Kind.SENT, MessageType.TV),
    SENT_STR_AUFH_AUF(Kind.SENT, MessageType.STR_AUFH_AUF),
    SENT_STR_AEN_AUF(Kind.SENT, MessageType.STR_AEN_AUF),
    SENT_STR_AUFH_ABG(Kind.SENT, MessageType.STR_AUFH_ABG),
    SENT_STR_AEN_ABG(Kind.SENT, MessageType.STR_AEN_ABG),
    SENT_RUEM_VA(Kind.SENT, MessageType.RUEM_VA),
    SENT_ABBM(Kind.SENT, MessageType.ABBM),
    SENT_AKM_TR(Kind.SENT, MessageType.AKM_TR),
    SENT_ABBM_TR(Kind.SENT, MessageType.ABBM_TR),
    SENT_ERLM(Kind.SENT, MessageType.ERLM),
    STATE_VA_PENDING(Phase.VA_PENDING),
    STATE_AGREED(Phase.AGREED),
    STATE_REJECTED(Phase.REJECTED),
    STATE_CANCELLED(Phase.CANCELLED),
    STATE_NEW_VA(Phase.NEW_VA),
    /** The partner refused one of our messages with a negative TEQ. */
    TECHNICAL_REJECTION(Kind.OTHER),
    /** A new VA follows up this voided Vorabstimmung (ADR 0003). */
    FOLLOW_UP_VA(Kind.OTHER),
    /** Gateway: the CRM found the contract a partner's VA asks for. */
    VA_RECEIVED(Kind.OTHER),
    /** Gateway: the EKPauf started a switch from a won contract. */
    SWITCH_STARTED(Kind.OTHER),
    ESCALATION_L1(EscalationLevel.L1),
    ESCALATION_L2(EscalationLevel.L2),
    ESCALATION_L3(EscalationLevel.L3);

    /** The groups of event types. */
    public enum Kind {
        RECEIVED,
        SENT,
        STATE,
        ESCALATION,
        OTHER
    }

    private final Kind kind;
    private final String feedName;

    CrmEventType(Kind kind, MessageType message) {
        this.kind = kind;
        this.feedName = kind.name() + "_" + message.abbreviation();
    }

    CrmEventType(Phase phase) {
        this.kind = Kind.STATE;
        this.feedName = "STATE_" + phase.name();
    }

    CrmEventType(EscalationLevel level) {
        this.kind = Kind.ESCALATION;
        this.feedName = "ESCALATION_" + level.name();
    }

    CrmEventType(Kind kind) {
        this.kind = kind;
        this.feedName = name();
    }

    public Kind kind() {
        return kind;
    }

    /** The event type as the feed and the CRM timeline carry it, e.g. {@code SENT_STR-AEN-ABG}, {@code STATE_AGREED}. */
    public String feedName() {
        return feedName;
    }

    /** A message of this type was received (stored, whatever its outcome). */
    public static CrmEventType received(MessageType type) {
        return byFeedName("RECEIVED_" + type.abbreviation());
    }

    /** A message of this type was sent (stored and queued). */
    public static CrmEventType sent(MessageType type) {
        return byFeedName("SENT_" + type.abbreviation());
    }

    /** The Vorabstimmung reached this phase by a transition. */
    public static CrmEventType state(Phase phase) {
        return byFeedName("STATE_" + phase.name());
    }

    /** An overdue item reached this escalation level. */
    public static CrmEventType escalation(EscalationLevel level) {
        return byFeedName("ESCALATION_" + level.name());
    }

    /** The type of a feed value. */
    public static CrmEventType byFeedName(String feedName) {
        return Arrays.stream(values())
                .filter(t -> t.feedName.equals(Objects.requireNonNull(feedName)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no CRM event type " + feedName));
    }
}
