package org.wbcigateway.domain.deadline;

import org.wbcigateway.domain.message.Geschaeftsfall;

/**
 * The dates of spec §6's date-rule table that must lie ahead, with the requirement per Geschaeftsfall and the rules
 * that name a breach.
 */
public enum DateKind {
    /** The Kundenwunschtermin in a VA. */
    KUNDENWUNSCHTERMIN(DateRule.KWT_LEAD_TIME, DateRule.KWT_WORKING_DAY, DateRule.KWT_NEXT_DAY_HOLIDAY),
    /** The Wechseltermin in a RUEM-VA. */
    WECHSELTERMIN(DateRule.WT_LEAD_TIME, DateRule.WT_WORKING_DAY, DateRule.WT_NEXT_DAY_HOLIDAY),
    /** The new date (NeuerKundenwunschtermin) in a TV; it becomes the Wechseltermin. */
    NEUER_KUNDENWUNSCHTERMIN(DateRule.TV_LEAD_TIME, DateRule.TV_WORKING_DAY, DateRule.TV_NEXT_DAY_HOLIDAY);

    private final DateRule leadTime;
    private final DateRule workingDay;
    private final DateRule nextDayHoliday;

    DateKind(DateRule leadTime, DateRule workingDay, DateRule nextDayHoliday) {
        this.leadTime = leadTime;
        this.workingDay = workingDay;
        this.nextDayHoliday = nextDayHoliday;
    }

    /**
     * The requirement of spec §6 for a VA's Geschaeftsfall: KUE — a working day whose next day is no holiday; RRNP —
     * a working day. The lead times come from {@code fristen}.
     */
    public DateRequirement requirement(Fristen fristen, Geschaeftsfall geschaeftsfall) {
        if (!geschaeftsfall.isVorabstimmung()) {
            throw new IllegalArgumentException("not the Geschaeftsfall of a VA: " + geschaeftsfall);
        }
        boolean kue = geschaeftsfall.isKuendigung();
        return switch (this) {
            case KUNDENWUNSCHTERMIN ->
                kue
                        ? new DateRequirement(
                                fristen.kundenwunschterminLeadTimeKue(),
                                fristen.kundenwunschterminRecommendedLeadTimeKue(),
                                true)
                        : DateRequirement.atLeast(fristen.kundenwunschterminLeadTimeRrnp(), false);
            case WECHSELTERMIN ->
                kue
                        ? DateRequirement.atLeast(fristen.wechselterminLeadTimeKue(), true)
                        : DateRequirement.atLeast(fristen.wechselterminLeadTimeRrnp(), false);
            case NEUER_KUNDENWUNSCHTERMIN ->
                kue
                        ? DateRequirement.atLeast(fristen.tvTerminLeadTimeKue(), true)
                        : DateRequirement.atLeast(fristen.tvTerminLeadTimeRrnp(), false);
        };
    }

    DateRule leadTimeRule() {
        return leadTime;
    }

    DateRule workingDayRule() {
        return workingDay;
    }

    DateRule nextDayHolidayRule() {
        return nextDayHoliday;
    }
}
