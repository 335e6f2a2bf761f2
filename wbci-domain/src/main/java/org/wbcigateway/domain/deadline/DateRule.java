package org.wbcigateway.domain.deadline;

import java.util.Optional;
import org.wbcigateway.domain.code.Meldungscode;
import org.wbcigateway.domain.rule.Rule;

/**
 * The date rules of spec §6 (second table), each a named {@link Rule}. The numbers are configuration
 * ({@link Fristen}); the descriptions give the defaults. How AT are counted: see {@link Fristen}.
 */
public enum DateRule implements Rule {
    KWT_LEAD_TIME("KWT.lead-time", "A Kundenwunschtermin in a VA lies at least 7 AT (KUE) / 1 AT (RRNP) ahead."),
    KWT_LEAD_TIME_RECOMMENDED(
            "KWT.lead-time-recommended",
            "A Kundenwunschtermin in a VA-KUE-* should lie at least 10 AT ahead (a warning, not a violation)."),
    KWT_WORKING_DAY("KWT.working-day", "A Kundenwunschtermin is a working day."),
    KWT_NEXT_DAY_HOLIDAY(
            "KWT.next-day-holiday",
            "The calendar day after a Kundenwunschtermin in a VA-KUE-* is no statutory holiday."),
    WT_LEAD_TIME("WT.lead-time", "The Wechseltermin in a RUEM-VA lies at least 5 AT (KUE) / 1 AT (RRNP) ahead."),
    WT_WORKING_DAY("WT.working-day", "The Wechseltermin in a RUEM-VA is a working day."),
    WT_NEXT_DAY_HOLIDAY(
            "WT.next-day-holiday",
            "The calendar day after the Wechseltermin in a RUEM-VA to a VA-KUE-* is no statutory holiday."),
    TV_LEAD_TIME("TV.lead-time", "The new date in a TV lies at least 5 AT (KUE) / 1 AT (RRNP) ahead."),
    TV_WORKING_DAY("TV.working-day", "The new date in a TV is a working day."),
    TV_NEXT_DAY_HOLIDAY(
            "TV.next-day-holiday",
            "The calendar day after the new date in a TV of a VA-KUE-* is no statutory holiday."),
    TV_NOT_BEFORE_AGREED(
            "TV.not-before-agreed", "The new date in a TV is never earlier than the agreed Wechseltermin."),
    TV_ARRIVAL_TOO_LATE(
            "TV.arrival-too-late",
            "A TV arrives at least 3 AT before the current Wechseltermin, else it is refused with ABBM 8141."),
    STR_AUFH_ARRIVAL_TOO_LATE(
            "STR-AUFH.arrival-too-late",
            "A Storno-Aufhebung arrives at least 3 AT before the Wechseltermin, else it is refused with ABBM 8142."),
    NEW_VA_ARRIVAL_TOO_EARLY(
            "NEW-VA.arrival-too-early",
            "A new VA after the ERLM to a STR-AEN-ABG arrives at the earliest 5 AT after the ERLM."),
    NEW_VA_ARRIVAL_TOO_LATE(
            "NEW-VA.arrival-too-late",
            "A new VA after the ERLM to a STR-AEN arrives at the latest 7 AT before the original Wechseltermin.");

    private final String id;
    private final String description;

    DateRule(String id, String description) {
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

    /** A TV breaking a TV rule is refused with 8141, a late Storno-Aufhebung with 8142 (spec §6, §7). */
    @Override
    public Optional<Meldungscode> abbmCode() {
        if (this == STR_AUFH_ARRIVAL_TOO_LATE) {
            return Optional.of(Meldungscode.STORNO_ABGELEHNT);
        }
        return name().startsWith("TV_") ? Optional.of(Meldungscode.TV_ABGELEHNT) : Optional.empty();
    }

    /** Breaking this rule gives a warning only; the date stays acceptable. */
    public boolean isWarningOnly() {
        return this == KWT_LEAD_TIME_RECOMMENDED;
    }
}
