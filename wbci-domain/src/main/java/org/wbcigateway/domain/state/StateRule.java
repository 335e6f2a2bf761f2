package org.wbcigateway.domain.state;

import org.wbcigateway.domain.rule.Rule;

/** The state rules of spec §3 and §7; a rejected message names the one it broke. */
public enum StateRule implements Rule {
    UNKNOWN_VORABSTIMMUNG("STATE.unknown-VA", "a message must refer to a known Vorabstimmung (§7: 8140)"),
    ID_ALREADY_USED("STATE.VA-ID-used", "a VA needs a new, never-used VorabstimmungsId (§7: 8115)"),
    WRONG_SENDER("STATE.sender", "only the party named in spec §3 may send this message"),
    VORABSTIMMUNG_ENDED("STATE.ended", "nothing follows an ABBM to the VA or an ERLM to a Storno"),
    WRONG_PHASE("STATE.phase", "the message is not allowed before or after this point of the Vorabstimmung"),
    AKM_TR_ONLY_KUE("STATE.AKM-TR.KUE-only", "AKM-TR and ABBM-TR exist only for VA-KUE-MRN and VA-KUE-ORN"),
    ONE_CHANGE_REQUEST("STATE.one-change-request", "at most one TV or Storno may be active per Vorabstimmung"),
    NO_MATCHING_CHANGE_REQUEST("STATE.answer-without-request", "ERLM and ABBM must answer the active TV or Storno"),
    AKM_TR_ALREADY_CONFIRMED("STATE.AKM-TR.confirmed", "a further AKM-TR only after an ABBM-TR (§7: 8148)"),
    NO_AKM_TR_TO_REJECT("STATE.ABBM-TR.without-AKM-TR", "an ABBM-TR answers a standing AKM-TR");

    private final String id;
    private final String description;

    StateRule(String id, String description) {
        this.id = id;
        this.description = description;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return description;
    }
}
