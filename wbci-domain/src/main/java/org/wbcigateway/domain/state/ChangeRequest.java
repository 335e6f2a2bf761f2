package org.wbcigateway.domain.state;

import org.wbcigateway.domain.message.MessageType;
import org.wbcigateway.domain.message.Rolle;

/** The change request (TV or Storno) that is active on a Vorabstimmung; at most one at a time (spec §3). */
public enum ChangeRequest {
    NONE(null, null),
    TV(MessageType.TV, Rolle.EKP_AUF),
    STR_AUFH_AUF(MessageType.STR_AUFH_AUF, Rolle.EKP_AUF),
    STR_AEN_AUF(MessageType.STR_AEN_AUF, Rolle.EKP_AUF),
    STR_AUFH_ABG(MessageType.STR_AUFH_ABG, Rolle.EKP_ABG),
    STR_AEN_ABG(MessageType.STR_AEN_ABG, Rolle.EKP_ABG);

    private final MessageType type;
    private final Rolle requester;

    ChangeRequest(MessageType type, Rolle requester) {
        this.type = type;
        this.requester = requester;
    }

    /** The request's message type; {@code null} for NONE. */
    public MessageType type() {
        return type;
    }

    /** Who sent the request; the other party answers it with ERLM or ABBM. {@code null} for NONE. */
    public Rolle requester() {
        return requester;
    }

    /** The event of an ERLM answering this request; {@code null} for NONE. */
    public Event erlm() {
        return switch (this) {
            case NONE -> null;
            case TV -> Event.ERLM_TV;
            case STR_AUFH_AUF, STR_AUFH_ABG -> Event.ERLM_STR_AUF;
            case STR_AEN_AUF, STR_AEN_ABG -> Event.ERLM_STR_AEN;
        };
    }

    /** The event of an ABBM answering this request; {@code null} for NONE. */
    public Event abbm() {
        return switch (this) {
            case NONE -> null;
            case TV -> Event.ABBM_TV;
            case STR_AUFH_AUF, STR_AUFH_ABG -> Event.ABBM_STR_AUF;
            case STR_AEN_AUF, STR_AEN_ABG -> Event.ABBM_STR_AEN;
        };
    }

    public static ChangeRequest of(MessageType type) {
        for (ChangeRequest c : values()) {
            if (c.type == type) {
                return c;
            }
        }
        throw new IllegalArgumentException(type + " is not a change request");
    }
}
