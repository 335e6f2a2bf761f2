package org.wbcigateway.domain.deadline;

/**
 * Every deadline (Frist) and lead time (Vorlauf) of spec §6, in working days (Arbeitstage, AT) — configuration data,
 * {@link #defaults()} being the spec's values. Build another configuration with {@link #toBuilder()}.
 *
 * <h2>How AT are counted (project rule)</h2>
 * All counting goes through {@link org.wbcigateway.domain.calendar.WorkingDayCalendar#plusWorkingDays
 * plusWorkingDays}, where the starting day never counts:
 * <ul>
 *   <li><b>"n AT ahead"</b> (lead times): a date D is n AT ahead of today iff
 *       {@code D >= plusWorkingDays(today, n)}. Today does not count, D does. Example (no holidays): today Monday,
 *       7 AT ahead = Wednesday of the next week or later; today Saturday, 1 AT ahead = Monday or later.</li>
 *   <li><b>"arrives ≥ n AT before the Wechseltermin"</b>: the same rule seen from the arrival day — the Wechseltermin
 *       must be n AT ahead of the arrival date ({@code WT >= plusWorkingDays(arrival, n)}). A TV arriving on Friday
 *       for a Wechseltermin on Wednesday is 3 AT ahead (Monday, Tuesday, Wednesday) and in time; one arriving on
 *       Monday is 2 AT ahead and too late.</li>
 *   <li><b>"n AT after an event"</b> (answer deadlines): due on {@code plusWorkingDays(eventDate, n)}, the event day
 *       not counting; the answer is in time if sent on or before the due date, overdue from the day after.</li>
 *   <li><b>"Wechseltermin − n AT"</b>: due on {@code plusWorkingDays(wechseltermin, -n)}, the n-th working day before
 *       the Wechseltermin — so that something sent on the due date is exactly n AT ahead of the Wechseltermin.</li>
 * </ul>
 *
 * @param ruemVaOrAbbmAfterVa            RUEM-VA or ABBM due this many AT after the VA was received (3)
 * @param akmTrBeforeWechseltermin       AKM-TR due this many AT before the Wechseltermin (8; KUE only)
 * @param erlmOrAbbmAfterTv              ERLM or ABBM due this many AT after the TV was received (3)
 * @param erlmOrAbbmAfterStorno          ERLM or ABBM due this many AT after the Storno was received (3)
 * @param newVaBeforeOriginalWechseltermin new VA after the ERLM to a STR-AEN due this many AT before the original
 *                                       Wechseltermin (7)
 * @param newVaNotBeforeAfterStrAenAbgErlm new VA after the ERLM to a STR-AEN-ABG at the earliest this many AT after
 *                                       the ERLM (5)
 * @param kundenwunschterminLeadTimeKue  KWT in a VA-KUE-* at least this many AT ahead (7)
 * @param kundenwunschterminRecommendedLeadTimeKue below this many AT a KWT in a VA-KUE-* is accepted with a warning
 *                                       (10)
 * @param kundenwunschterminLeadTimeRrnp KWT in a VA-RRNP at least this many AT ahead (1)
 * @param wechselterminLeadTimeKue       Wechseltermin in a RUEM-VA to a VA-KUE-* at least this many AT ahead (5)
 * @param wechselterminLeadTimeRrnp      Wechseltermin in a RUEM-VA to a VA-RRNP at least this many AT ahead (1)
 * @param tvTerminLeadTimeKue            new date in a TV of a VA-KUE-* at least this many AT ahead (5)
 * @param tvTerminLeadTimeRrnp           new date in a TV of a VA-RRNP at least this many AT ahead (1)
 * @param tvArrivalBeforeWechseltermin   a TV must arrive at least this many AT before the current Wechseltermin,
 *                                       else ABBM 8141 (3)
 * @param stornoAufhebungArrivalBeforeWechseltermin a Storno-Aufhebung must arrive at least this many AT before the
 *                                       Wechseltermin, else ABBM 8142 (3)
 */
public record Fristen(
        int ruemVaOrAbbmAfterVa,
        int akmTrBeforeWechseltermin,
        int erlmOrAbbmAfterTv,
        int erlmOrAbbmAfterStorno,
        int newVaBeforeOriginalWechseltermin,
        int newVaNotBeforeAfterStrAenAbgErlm,
        int kundenwunschterminLeadTimeKue,
        int kundenwunschterminRecommendedLeadTimeKue,
        int kundenwunschterminLeadTimeRrnp,
        int wechselterminLeadTimeKue,
        int wechselterminLeadTimeRrnp,
        int tvTerminLeadTimeKue,
        int tvTerminLeadTimeRrnp,
        int tvArrivalBeforeWechseltermin,
        int stornoAufhebungArrivalBeforeWechseltermin) {

    private static final Fristen DEFAULTS = new Fristen(3, 8, 3, 3, 7, 5, 7, 10, 1, 5, 1, 5, 1, 3, 3);

    public Fristen {
        requireNotNegative(ruemVaOrAbbmAfterVa, "ruemVaOrAbbmAfterVa");
        requireNotNegative(akmTrBeforeWechseltermin, "akmTrBeforeWechseltermin");
        requireNotNegative(erlmOrAbbmAfterTv, "erlmOrAbbmAfterTv");
        requireNotNegative(erlmOrAbbmAfterStorno, "erlmOrAbbmAfterStorno");
        requireNotNegative(newVaBeforeOriginalWechseltermin, "newVaBeforeOriginalWechseltermin");
        requireNotNegative(newVaNotBeforeAfterStrAenAbgErlm, "newVaNotBeforeAfterStrAenAbgErlm");
        requireNotNegative(kundenwunschterminLeadTimeKue, "kundenwunschterminLeadTimeKue");
        requireNotNegative(kundenwunschterminRecommendedLeadTimeKue, "kundenwunschterminRecommendedLeadTimeKue");
        requireNotNegative(kundenwunschterminLeadTimeRrnp, "kundenwunschterminLeadTimeRrnp");
        requireNotNegative(wechselterminLeadTimeKue, "wechselterminLeadTimeKue");
        requireNotNegative(wechselterminLeadTimeRrnp, "wechselterminLeadTimeRrnp");
        requireNotNegative(tvTerminLeadTimeKue, "tvTerminLeadTimeKue");
        requireNotNegative(tvTerminLeadTimeRrnp, "tvTerminLeadTimeRrnp");
        requireNotNegative(tvArrivalBeforeWechseltermin, "tvArrivalBeforeWechseltermin");
        requireNotNegative(stornoAufhebungArrivalBeforeWechseltermin, "stornoAufhebungArrivalBeforeWechseltermin");
    }

    /** The defaults of spec §6. */
    public static Fristen defaults() {
        return DEFAULTS;
    }

    /** A builder starting from these values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    private static void requireNotNegative(int value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
    }

    /** Changes some values of a configuration, e.g. {@code Fristen.defaults().toBuilder().akmTrBeforeWechseltermin(6).build()}. */
    public static final class Builder {
        private int ruemVaOrAbbmAfterVa;
        private int akmTrBeforeWechseltermin;
        private int erlmOrAbbmAfterTv;
        private int erlmOrAbbmAfterStorno;
        private int newVaBeforeOriginalWechseltermin;
        private int newVaNotBeforeAfterStrAenAbgErlm;
        private int kundenwunschterminLeadTimeKue;
        private int kundenwunschterminRecommendedLeadTimeKue;
        private int kundenwunschterminLeadTimeRrnp;
        private int wechselterminLeadTimeKue;
        private int wechselterminLeadTimeRrnp;
        private int tvTerminLeadTimeKue;
        private int tvTerminLeadTimeRrnp;
        private int tvArrivalBeforeWechseltermin;
        private int stornoAufhebungArrivalBeforeWechseltermin;

        private Builder(Fristen from) {
            ruemVaOrAbbmAfterVa = from.ruemVaOrAbbmAfterVa;
            akmTrBeforeWechseltermin = from.akmTrBeforeWechseltermin;
            erlmOrAbbmAfterTv = from.erlmOrAbbmAfterTv;
            erlmOrAbbmAfterStorno = from.erlmOrAbbmAfterStorno;
            newVaBeforeOriginalWechseltermin = from.newVaBeforeOriginalWechseltermin;
            newVaNotBeforeAfterStrAenAbgErlm = from.newVaNotBeforeAfterStrAenAbgErlm;
            kundenwunschterminLeadTimeKue = from.kundenwunschterminLeadTimeKue;
            kundenwunschterminRecommendedLeadTimeKue = from.kundenwunschterminRecommendedLeadTimeKue;
            kundenwunschterminLeadTimeRrnp = from.kundenwunschterminLeadTimeRrnp;
            wechselterminLeadTimeKue = from.wechselterminLeadTimeKue;
            wechselterminLeadTimeRrnp = from.wechselterminLeadTimeRrnp;
            tvTerminLeadTimeKue = from.tvTerminLeadTimeKue;
            tvTerminLeadTimeRrnp = from.tvTerminLeadTimeRrnp;
            tvArrivalBeforeWechseltermin = from.tvArrivalBeforeWechseltermin;
            stornoAufhebungArrivalBeforeWechseltermin = from.stornoAufhebungArrivalBeforeWechseltermin;
        }

        public Builder ruemVaOrAbbmAfterVa(int at) {
            ruemVaOrAbbmAfterVa = at;
            return this;
        }

        public Builder akmTrBeforeWechseltermin(int at) {
            akmTrBeforeWechseltermin = at;
            return this;
        }

        public Builder erlmOrAbbmAfterTv(int at) {
            erlmOrAbbmAfterTv = at;
            return this;
        }

        public Builder erlmOrAbbmAfterStorno(int at) {
            erlmOrAbbmAfterStorno = at;
            return this;
        }

        public Builder newVaBeforeOriginalWechseltermin(int at) {
            newVaBeforeOriginalWechseltermin = at;
            return this;
        }

        public Builder newVaNotBeforeAfterStrAenAbgErlm(int at) {
            newVaNotBeforeAfterStrAenAbgErlm = at;
            return this;
        }

        public Builder kundenwunschterminLeadTimeKue(int at) {
            kundenwunschterminLeadTimeKue = at;
            return this;
        }

        public Builder kundenwunschterminRecommendedLeadTimeKue(int at) {
            kundenwunschterminRecommendedLeadTimeKue = at;
            return this;
        }

        public Builder kundenwunschterminLeadTimeRrnp(int at) {
            kundenwunschterminLeadTimeRrnp = at;
            return this;
        }

        public Builder wechselterminLeadTimeKue(int at) {
            wechselterminLeadTimeKue = at;
            return this;
        }

        public Builder wechselterminLeadTimeRrnp(int at) {
            wechselterminLeadTimeRrnp = at;
            return this;
        }

        public Builder tvTerminLeadTimeKue(int at) {
            tvTerminLeadTimeKue = at;
            return this;
        }

        public Builder tvTerminLeadTimeRrnp(int at) {
            tvTerminLeadTimeRrnp = at;
            return this;
        }

        public Builder tvArrivalBeforeWechseltermin(int at) {
            tvArrivalBeforeWechseltermin = at;
            return this;
        }

        public Builder stornoAufhebungArrivalBeforeWechseltermin(int at) {
            stornoAufhebungArrivalBeforeWechseltermin = at;
            return this;
        }

        public Fristen build() {
            return new Fristen(
                    ruemVaOrAbbmAfterVa,
                    akmTrBeforeWechseltermin,
                    erlmOrAbbmAfterTv,
                    erlmOrAbbmAfterStorno,
                    newVaBeforeOriginalWechseltermin,
                    newVaNotBeforeAfterStrAenAbgErlm,
                    kundenwunschterminLeadTimeKue,
                    kundenwunschterminRecommendedLeadTimeKue,
                    kundenwunschterminLeadTimeRrnp,
                    wechselterminLeadTimeKue,
                    wechselterminLeadTimeRrnp,
                    tvTerminLeadTimeKue,
                    tvTerminLeadTimeRrnp,
                    tvArrivalBeforeWechseltermin,
                    stornoAufhebungArrivalBeforeWechseltermin);
        }
    }
}
