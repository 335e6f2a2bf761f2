package org.wbcigateway.domain.deadline;

import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.wbcigateway.domain.message.Geschaeftsfall;

/**
 * What a Vorabstimmung is waiting for — the rows of spec §6's deadline table. Each row says from which date it is
 * counted ({@link Anchor}) and which {@link Fristen} value applies.
 */
public enum AwaitedAnswer {
    /** RUEM-VA or ABBM to a VA: due 3 AT after the VA was received. Owed by the EKPabg. */
    RUEM_VA_OR_ABBM(
            "RUEM-VA or ABBM to a VA",
            Anchor.RECEIPT,
            Fristen::ruemVaOrAbbmAfterVa,
            f -> 0,
            Geschaeftsfall::isVorabstimmung),
    /** AKM-TR after the RUEM-VA (KUE only): due Wechseltermin − 8 AT. Owed by the EKPauf. */
    AKM_TR("AKM-TR", Anchor.WECHSELTERMIN, Fristen::akmTrBeforeWechseltermin, f -> 0, Geschaeftsfall::isKuendigung),
    /** ERLM or ABBM to a TV: due 3 AT after the TV was received. Owed by the EKPabg. */
    ERLM_OR_ABBM_TO_TV(
            "ERLM or ABBM to a TV",
            Anchor.RECEIPT,
            Fristen::erlmOrAbbmAfterTv,
            f -> 0,
            Geschaeftsfall::isVorabstimmung),
    /** ERLM or ABBM to a Storno: due 3 AT after the Storno was received. Owed by the receiver of the Storno. */
    ERLM_OR_ABBM_TO_STORNO(
            "ERLM or ABBM to a Storno",
            Anchor.RECEIPT,
            Fristen::erlmOrAbbmAfterStorno,
            f -> 0,
            Geschaeftsfall::isVorabstimmung),
    /**
     * New VA (new VA-ID) after the ERLM to a STR-AEN-AUF: due original Wechseltermin − 7 AT, counted from the ERLM.
     * Owed by the EKPauf.
     */
    NEW_VA_AFTER_STR_AEN_AUF(
            "new VA after the ERLM to a STR-AEN-AUF",
            Anchor.WECHSELTERMIN,
            Fristen::newVaBeforeOriginalWechseltermin,
            f -> 0,
            Geschaeftsfall::isVorabstimmung),
    /**
     * New VA after the ERLM to a STR-AEN-ABG (used to bring the date forward): due original Wechseltermin − 7 AT, and
     * at the earliest 5 AT after the ERLM. Owed by the EKPauf.
     */
    NEW_VA_AFTER_STR_AEN_ABG(
            "new VA after the ERLM to a STR-AEN-ABG",
            Anchor.WECHSELTERMIN,
            Fristen::newVaBeforeOriginalWechseltermin,
            Fristen::newVaNotBeforeAfterStrAenAbgErlm,
            Geschaeftsfall::isVorabstimmung);

    /** The date a deadline is counted from. */
    public enum Anchor {
        /** n AT after the day the deadline started (the request or ERLM was received). */
        RECEIPT,
        /** n AT before the (original) Wechseltermin. */
        WECHSELTERMIN
    }

    private final String label;
    private final Anchor anchor;
    private final ToIntFunction<Fristen> workingDays;
    private final ToIntFunction<Fristen> notBeforeWorkingDays;
    private final Predicate<Geschaeftsfall> appliesTo;

    AwaitedAnswer(
            String label,
            Anchor anchor,
            ToIntFunction<Fristen> workingDays,
            ToIntFunction<Fristen> notBeforeWorkingDays,
            Predicate<Geschaeftsfall> appliesTo) {
        this.label = label;
        this.anchor = anchor;
        this.workingDays = workingDays;
        this.notBeforeWorkingDays = notBeforeWorkingDays;
        this.appliesTo = appliesTo;
    }

    /** Human-readable, e.g. for an operator's list of overdue items. */
    public String label() {
        return label;
    }

    public Anchor anchor() {
        return anchor;
    }

    /** The deadline needs the (original) Wechseltermin. */
    public boolean needsWechseltermin() {
        return anchor == Anchor.WECHSELTERMIN;
    }

    /** The deadline's n in AT, from the configuration. */
    public int workingDays(Fristen fristen) {
        return workingDays.applyAsInt(fristen);
    }

    /** AT after the start before which the answer may not come (0: any time from the start). */
    public int notBeforeWorkingDays(Fristen fristen) {
        return notBeforeWorkingDays.applyAsInt(fristen);
    }

    /** Whether this answer is awaited at all in a VA of this Geschaeftsfall (AKM-TR: KUE only). */
    public boolean appliesTo(Geschaeftsfall geschaeftsfall) {
        return appliesTo.test(geschaeftsfall);
    }
}
