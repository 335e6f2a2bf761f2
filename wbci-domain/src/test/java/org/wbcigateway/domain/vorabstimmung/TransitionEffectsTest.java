package org.wbcigateway.domain.vorabstimmung;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wbcigateway.domain.message.Rolle.EKP_ABG;
import static org.wbcigateway.domain.vorabstimmung.Fixtures.context;
import static org.wbcigateway.domain.vorabstimmung.Fixtures.vorabstimmung;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wbcigateway.domain.code.Meldungscode;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.domain.fixtures.KftMessages;
import org.wbcigateway.domain.message.Anfrage;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.MessageType;
import org.wbcigateway.domain.message.Rolle;
import org.wbcigateway.domain.message.StornoArt;
import org.wbcigateway.domain.message.WbciMessage;
import org.wbcigateway.domain.rule.ContentRule;
import org.wbcigateway.domain.rule.Violation;
import org.wbcigateway.domain.state.Transition;

/**
 * Every row of the transition table, reached through the engine — {@code receive} with the partner as sender,
 * {@code send} with us as sender (so each row in both roles), the outbox verdicts for the TEQ rows — with the state
 * it leads to and every effect it has, due dates included (today 2026-11-25, Wechseltermin 2026-12-16, Bayern).
 */
class TransitionEffectsTest {

    /** How the message reaches the engine. */
    enum Route {
        RECEIVE,
        SEND,
        TEQ_REFUSED,
        TEQ_OK
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                row(
                        Transition.VA_OPENS,
                        Route.RECEIVE,
                        null,
                        null,
                        () -> KftMessages.va(Geschaeftsfall.VA_KUE_MRN),
                        "VA_PENDING/NOT_APPLICABLE/NONE",
                        "crm RECEIVED_VA-KUE-MRN",
                        "crm STATE_VA_PENDING",
                        "decide PARTNER_VA",
                        "open RUEM_VA_OR_ABBM/EKP_ABG due 2026-11-30"),
                row(
                        Transition.VA_OPENS,
                        Route.SEND,
                        null,
                        null,
                        () -> KftMessages.va(Geschaeftsfall.VA_KUE_MRN),
                        "VA_PENDING/NOT_APPLICABLE/NONE",
                        "crm SENT_VA-KUE-MRN",
                        "crm STATE_VA_PENDING",
                        "open RUEM_VA_OR_ABBM/EKP_ABG due 2026-11-30"),
                row(
                        Transition.RUEM_VA_AGREES,
                        Route.RECEIVE,
                        "VA_PENDING/NOT_APPLICABLE/NONE",
                        null,
                        () -> KftMessages.ruemVa(Geschaeftsfall.VA_KUE_MRN),
                        "AGREED/AWAITED/NONE",
                        "crm RECEIVED_RUEM-VA",
                        "crm STATE_AGREED",
                        "close RUEM_VA_OR_ABBM/EKP_ABG",
                        "open AKM_TR/EKP_AUF due 2026-12-04"),
                row(
                        Transition.RUEM_VA_AGREES,
                        Route.SEND,
                        "VA_PENDING/NOT_APPLICABLE/NONE",
                        null,
                        () -> KftMessages.ruemVa(Geschaeftsfall.VA_KUE_MRN),
                        "AGREED/AWAITED/NONE",
                        "crm SENT_RUEM-VA",
                        "crm STATE_AGREED",
                        "writeback TERMINATION_PENDING 2026-12-16",
                        "close RUEM_VA_OR_ABBM/EKP_ABG",
                        "open AKM_TR/EKP_AUF due 2026-12-04"),
                row(
                        Transition.ABBM_ENDS_VA,
                        Route.RECEIVE,
                        "VA_PENDING/NOT_APPLICABLE/NONE",
                        null,
                        () -> KftMessages.abbmToVa(Geschaeftsfall.VA_KUE_MRN, Meldungscode.KNI),
                        "REJECTED/NOT_APPLICABLE/NONE",
                        "crm RECEIVED_ABBM",
                        "crm STATE_REJECTED",
                        "close RUEM_VA_OR_ABBM/EKP_ABG"),
                row(
                        Transition.ABBM_ENDS_VA,
                        Route.SEND,
                        "VA_PENDING/NOT_APPLICABLE/NONE",
                        null,
                        () -> KftMessages.abbmToVa(Geschaeftsfall.VA_KUE_MRN, Meldungscode.KNI),
                        "REJECTED/NOT_APPLICABLE/NONE",
                        "crm SENT_ABBM",
                        "crm STATE_REJECTED",
                        "close RUEM_VA_OR_ABBM/EKP_ABG"),
                row(
                        Transition.AKM_TR_TAKES_OVER,
                        Route.RECEIVE,
                        "AGREED/AWAITED/NONE",
                        null,
                        () -> KftMessages.akmTr(Geschaeftsfall.VA_KUE_MRN),
                        "AGREED/CONFIRMED/NONE",
                        "crm RECEIVED_AKM-TR",
                        "crm STATE_AGREED",
                        "decide PARTNER_AKM_TR",
                        "close AKM_TR/EKP_AUF"),
                row(
                        Transition.AKM_TR_TAKES_OVER,
                        Route.SEND,
                        "AGREED/AWAITED/NONE",
                        null,
                        () -> KftMessages.akmTr(Geschaeftsfall.VA_KUE_MRN),
                        "AGREED/CONFIRMED/NONE",
                        "crm SENT_AKM-TR",
                        "crm STATE_AGREED",
                        "close AKM_TR/EKP_AUF"),
                row(
                        Transition.ABBM_TR_REJECTS_AKM_TR,
                        Route.RECEIVE,
                        "AGREED/CONFIRMED/NONE",
                        null,
                        () -> KftMessages.abbmTr(Meldungscode.UEBERNAHME_NICHT_MOEGLICH),
                        "AGREED/REJECTED/NONE",
                        "crm RECEIVED_ABBM-TR",
                        "crm STATE_AGREED",
                        "klaerfall TAKE_OVER_REFUSED",
                        "open AKM_TR/EKP_AUF due 2026-12-04"),
                row(
                        Transition.ABBM_TR_REJECTS_AKM_TR,
                        Route.SEND,
                        "AGREED/CONFIRMED/NONE",
                        null,
                        () -> KftMessages.abbmTr(Meldungscode.UEBERNAHME_NICHT_MOEGLICH),
                        "AGREED/REJECTED/NONE",
                        "crm SENT_ABBM-TR",
                        "crm STATE_AGREED",
                        "open AKM_TR/EKP_AUF due 2026-12-04"),
                // 8148 is never chosen by hand (AnswerKind): the engine answers a duplicate AKM-TR with it itself
                row(
                        Transition.ABBM_TR_NOTES_DUPLICATE,
                        Route.RECEIVE,
                        "AGREED/CONFIRMED/NONE",
                        null,
                        () -> KftMessages.abbmTr(Meldungscode.UEBERNAHME_BEREITS_BESTAETIGT),
                        "AGREED/CONFIRMED/NONE",
                        "crm RECEIVED_ABBM-TR",
                        "crm STATE_AGREED"),
                row(
                        Transition.TV_REQUESTED,
                        Route.RECEIVE,
                        "AGREED/AWAITED/NONE",
                        null,
                        KftMessages::tv,
                        "AGREED/AWAITED/TV",
                        "crm RECEIVED_TV",
                        "crm STATE_AGREED",
                        "decide PARTNER_CHANGE_REQUEST",
                        "open ERLM_OR_ABBM_TO_TV/EKP_ABG due 2026-11-30"),
                row(
                        Transition.TV_REQUESTED,
                        Route.SEND,
                        "AGREED/AWAITED/NONE",
                        null,
                        KftMessages::tv,
                        "AGREED/AWAITED/TV",
                        "crm SENT_TV",
                        "crm STATE_AGREED",
                        "open ERLM_OR_ABBM_TO_TV/EKP_ABG due 2026-11-30"),
                stornoRequested(Transition.STR_AUFH_AUF_REQUESTED, StornoArt.AUFHEBUNG_EKP_AUF, Route.RECEIVE),
                stornoRequested(Transition.STR_AUFH_AUF_REQUESTED, StornoArt.AUFHEBUNG_EKP_AUF, Route.SEND),
                stornoRequested(Transition.STR_AEN_AUF_REQUESTED, StornoArt.AENDERUNG_EKP_AUF, Route.RECEIVE),
                stornoRequested(Transition.STR_AEN_AUF_REQUESTED, StornoArt.AENDERUNG_EKP_AUF, Route.SEND),
                stornoRequested(Transition.STR_AUFH_ABG_REQUESTED, StornoArt.AUFHEBUNG_EKP_ABG, Route.RECEIVE),
                stornoRequested(Transition.STR_AUFH_ABG_REQUESTED, StornoArt.AUFHEBUNG_EKP_ABG, Route.SEND),
                stornoRequested(Transition.STR_AEN_ABG_REQUESTED, StornoArt.AENDERUNG_EKP_ABG, Route.RECEIVE),
                stornoRequested(Transition.STR_AEN_ABG_REQUESTED, StornoArt.AENDERUNG_EKP_ABG, Route.SEND),
                row(
                        Transition.ERLM_MOVES_DATE,
                        Route.RECEIVE,
                        "AGREED/AWAITED/TV",
                        KftMessages::tv,
                        KftMessages::erlmToTv,
                        "AGREED/AWAITED/NONE",
                        "crm RECEIVED_ERLM",
                        "crm STATE_AGREED",
                        "close ERLM_OR_ABBM_TO_TV/EKP_ABG"),
                row(
                        Transition.ERLM_MOVES_DATE,
                        Route.SEND,
                        "AGREED/AWAITED/TV",
                        KftMessages::tv,
                        KftMessages::erlmToTv,
                        "AGREED/AWAITED/NONE",
                        "crm SENT_ERLM",
                        "crm STATE_AGREED",
                        "writeback TERMINATION_PENDING 2026-12-29",
                        "close ERLM_OR_ABBM_TO_TV/EKP_ABG"),
                row(
                        Transition.ABBM_KEEPS_DATE,
                        Route.RECEIVE,
                        "AGREED/AWAITED/TV",
                        KftMessages::tv,
                        KftMessages::abbmToTv,
                        "AGREED/AWAITED/NONE",
                        "crm RECEIVED_ABBM",
                        "crm STATE_AGREED",
                        "close ERLM_OR_ABBM_TO_TV/EKP_ABG"),
                row(
                        Transition.ABBM_KEEPS_DATE,
                        Route.SEND,
                        "AGREED/AWAITED/TV",
                        KftMessages::tv,
                        KftMessages::abbmToTv,
                        "AGREED/AWAITED/NONE",
                        "crm SENT_ABBM",
                        "crm STATE_AGREED",
                        "close ERLM_OR_ABBM_TO_TV/EKP_ABG"),
                stornoAnswered(
                        Transition.ERLM_CANCELS_FOR_AUF,
                        StornoArt.AUFHEBUNG_EKP_AUF,
                        true,
                        Route.RECEIVE,
                        "CANCELLED/NOT_APPLICABLE/NONE",
                        "crm STATE_CANCELLED",
                        "close AKM_TR/EKP_AUF"),
                stornoAnswered(
                        Transition.ERLM_CANCELS_FOR_AUF,
                        StornoArt.AUFHEBUNG_EKP_AUF,
                        true,
                        Route.SEND,
                        "CANCELLED/NOT_APPLICABLE/NONE",
                        "crm STATE_CANCELLED",
                        "writeback ACTIVE",
                        "close AKM_TR/EKP_AUF"),
                stornoAnswered(
                        Transition.ERLM_CANCELS_FOR_ABG,
                        StornoArt.AUFHEBUNG_EKP_ABG,
                        true,
                        Route.RECEIVE,
                        "CANCELLED/NOT_APPLICABLE/NONE",
                        "crm STATE_CANCELLED",
                        "writeback ACTIVE",
                        "close AKM_TR/EKP_AUF"),
                stornoAnswered(
                        Transition.ERLM_CANCELS_FOR_ABG,
                        StornoArt.AUFHEBUNG_EKP_ABG,
                        true,
                        Route.SEND,
                        "CANCELLED/NOT_APPLICABLE/NONE",
                        "crm STATE_CANCELLED",
                        "close AKM_TR/EKP_AUF"),
                stornoAnswered(
                        Transition.ABBM_REFUSES_AUFHEBUNG_OF_AUF,
                        StornoArt.AUFHEBUNG_EKP_AUF,
                        false,
                        Route.RECEIVE,
                        "AGREED/AWAITED/NONE",
                        "crm STATE_AGREED"),
                stornoAnswered(
                        Transition.ABBM_REFUSES_AUFHEBUNG_OF_AUF,
                        StornoArt.AUFHEBUNG_EKP_AUF,
                        false,
                        Route.SEND,
                        "AGREED/AWAITED/NONE",
                        "crm STATE_AGREED"),
                stornoAnswered(
                        Transition.ABBM_REFUSES_AUFHEBUNG_OF_ABG,
                        StornoArt.AUFHEBUNG_EKP_ABG,
                        false,
                        Route.RECEIVE,
                        "AGREED/AWAITED/NONE",
                        "crm STATE_AGREED"),
                stornoAnswered(
                        Transition.ABBM_REFUSES_AUFHEBUNG_OF_ABG,
                        StornoArt.AUFHEBUNG_EKP_ABG,
                        false,
                        Route.SEND,
                        "AGREED/AWAITED/NONE",
                        "crm STATE_AGREED"),
                stornoAnswered(
                        Transition.ERLM_VOIDS_FOR_AUF,
                        StornoArt.AENDERUNG_EKP_AUF,
                        true,
                        Route.RECEIVE,
                        "NEW_VA/NOT_APPLICABLE/NONE",
                        "crm STATE_NEW_VA",
                        "close AKM_TR/EKP_AUF",
                        "+open NEW_VA_AFTER_STR_AEN_AUF/EKP_AUF due 2026-12-07"),
                stornoAnswered(
                        Transition.ERLM_VOIDS_FOR_AUF,
                        StornoArt.AENDERUNG_EKP_AUF,
                        true,
                        Route.SEND,
                        "NEW_VA/NOT_APPLICABLE/NONE",
                        "crm STATE_NEW_VA",
                        "writeback ACTIVE",
                        "close AKM_TR/EKP_AUF",
                        "+open NEW_VA_AFTER_STR_AEN_AUF/EKP_AUF due 2026-12-07"),
                stornoAnswered(
                        Transition.ERLM_VOIDS_FOR_ABG,
                        StornoArt.AENDERUNG_EKP_ABG,
                        true,
                        Route.RECEIVE,
                        "NEW_VA/NOT_APPLICABLE/NONE",
                        "crm STATE_NEW_VA",
                        "writeback ACTIVE",
                        "close AKM_TR/EKP_AUF",
                        "+open NEW_VA_AFTER_STR_AEN_ABG/EKP_AUF due 2026-12-07"),
                stornoAnswered(
                        Transition.ERLM_VOIDS_FOR_ABG,
                        StornoArt.AENDERUNG_EKP_ABG,
                        true,
                        Route.SEND,
                        "NEW_VA/NOT_APPLICABLE/NONE",
                        "crm STATE_NEW_VA",
                        "close AKM_TR/EKP_AUF",
                        "+open NEW_VA_AFTER_STR_AEN_ABG/EKP_AUF due 2026-12-07"),
                stornoAnswered(
                        Transition.ABBM_REFUSES_AENDERUNG_OF_AUF,
                        StornoArt.AENDERUNG_EKP_AUF,
                        false,
                        Route.RECEIVE,
                        "AGREED/AWAITED/NONE",
                        "crm STATE_AGREED"),
                stornoAnswered(
                        Transition.ABBM_REFUSES_AENDERUNG_OF_AUF,
                        StornoArt.AENDERUNG_EKP_AUF,
                        false,
                        Route.SEND,
                        "AGREED/AWAITED/NONE",
                        "crm STATE_AGREED"),
                stornoAnswered(
                        Transition.ABBM_REFUSES_AENDERUNG_OF_ABG,
                        StornoArt.AENDERUNG_EKP_ABG,
                        false,
                        Route.RECEIVE,
                        "AGREED/AWAITED/NONE",
                        "crm STATE_AGREED"),
                stornoAnswered(
                        Transition.ABBM_REFUSES_AENDERUNG_OF_ABG,
                        StornoArt.AENDERUNG_EKP_ABG,
                        false,
                        Route.SEND,
                        "AGREED/AWAITED/NONE",
                        "crm STATE_AGREED"),
                row(
                        Transition.TEQ_REFUSES_AKM_TR,
                        Route.TEQ_REFUSED,
                        "AGREED/CONFIRMED/NONE",
                        null,
                        null,
                        "AGREED/TEQ_REFUSED/NONE",
                        "crm STATE_AGREED",
                        "klaerfall AKM_TR_TECHNICALLY_REFUSED",
                        "crm TECHNICAL_REJECTION",
                        "open AKM_TR/EKP_AUF due 2026-12-04"),
                row(
                        Transition.TEQ_ACCEPTS_RESENT_AKM_TR,
                        Route.TEQ_OK,
                        "AGREED/TEQ_REFUSED/NONE",
                        null,
                        null,
                        "AGREED/CONFIRMED/NONE",
                        "crm STATE_AGREED",
                        "resolved AKM_TR_TECHNICALLY_REFUSED",
                        "close AKM_TR/EKP_AUF"));
    }

    @ParameterizedTest(name = "{0} via {1}")
    @MethodSource("rows")
    void eachRowLeadsToItsStateWithItsEffects(
            Transition row,
            Route route,
            String from,
            Supplier<Anfrage> change,
            Supplier<WbciMessage> message,
            String to,
            List<String> effects) {
        Outcome outcome = run(row, route, from, change, message);
        assertThat(outcome.taken()).as(outcome.violations().toString()).isEqualTo(Taken.ACCEPTED);
        assertThat(outcome.transitions()).containsExactly(row);
        assertThat(outcome.next().state()).isEqualTo(Fixtures.state(to));
        assertThat(Fixtures.describe(outcome.effects())).containsExactlyElementsOf(effects);
        assertThat(outcome.violations()).isEmpty();
    }

    @Test
    void everyRowIsReachedThroughTheEngine() {
        Set<Transition> reached = EnumSet.noneOf(Transition.class);
        rows().forEach(a -> {
            Object[] p = a.get();
            reached.addAll(run((Transition) p[0], (Route) p[1], (String) p[2], supplier(p[3]), supplier(p[4]))
                    .transitions());
        });
        assertThat(reached).containsExactlyInAnyOrder(Transition.values());
    }

    @Test
    void aDuplicateTakeOverIsNeverChosenByHand() {
        Outcome outcome = vorabstimmung(EKP_ABG, "AGREED/CONFIRMED/NONE", null)
                .send(KftMessages.abbmTr(Meldungscode.UEBERNAHME_BEREITS_BESTAETIGT), context(EKP_ABG));
        assertThat(outcome.taken()).isEqualTo(Taken.REFUSED);
        assertThat(outcome.violations()).extracting(Violation::rule).containsExactly(ContentRule.ANSWER_CODE);
        assertThat(outcome.effects()).isEmpty();
    }

    // ---- the table's helpers ---------------------------------------------------------------------------------------

    /** The partner sends a request ({@code RECEIVE}), or we do ({@code SEND}); the receiver owes the answer. */
    private static Arguments stornoRequested(Transition row, StornoArt art, Route route) {
        Rolle owedBy = art.sender().other();
        return row(
                row,
                route,
                "AGREED/AWAITED/NONE",
                null,
                () -> KftMessages.storno(art),
                "AGREED/AWAITED/" + art.type().name(),
                "crm " + (route == Route.RECEIVE ? "RECEIVED_" : "SENT_")
                        + art.type().abbreviation(),
                "crm STATE_AGREED",
                route == Route.RECEIVE ? "decide PARTNER_CHANGE_REQUEST" : null,
                "open ERLM_OR_ABBM_TO_STORNO/" + owedBy + " due 2026-11-30");
    }

    /**
     * The ERLM or ABBM to an active Storno; the effects between the state event and the closed change-request
     * deadline are given, "+…" ones come after it.
     */
    private static Arguments stornoAnswered(
            Transition row, StornoArt art, boolean erlm, Route route, String to, String... effects) {
        Rolle owedBy = art.sender().other();
        Stream<String> before = Stream.of(effects).filter(e -> !e.startsWith("+"));
        Stream<String> after = Stream.of(effects).filter(e -> e.startsWith("+")).map(e -> e.substring(1));
        String stored = "crm " + (route == Route.RECEIVE ? "RECEIVED_" : "SENT_") + (erlm ? "ERLM" : "ABBM");
        List<String> all = Stream.of(
                        Stream.of(stored), before, Stream.of("close ERLM_OR_ABBM_TO_STORNO/" + owedBy), after)
                .flatMap(s -> s)
                .toList();
        return row(
                row,
                route,
                "AGREED/AWAITED/" + art.type().name(),
                () -> KftMessages.storno(art),
                erlm ? () -> KftMessages.erlmToStorno(art) : () -> KftMessages.abbmToStorno(art),
                to,
                all.toArray(String[]::new));
    }

    private static Arguments row(
            Transition row,
            Route route,
            String from,
            Supplier<Anfrage> change,
            Supplier<WbciMessage> message,
            String to,
            String... effects) {
        return Arguments.of(
                row,
                route,
                from,
                change,
                message,
                to,
                Stream.of(effects).filter(e -> e != null).toList());
    }

    @SuppressWarnings("unchecked")
    private static <T> Supplier<T> supplier(Object o) {
        return (Supplier<T>) o;
    }

    /** The row's sender is the partner when we receive, us when we send or get the TEQ. */
    private static Outcome run(
            Transition row, Route route, String from, Supplier<Anfrage> change, Supplier<WbciMessage> message) {
        Rolle ownRole = route == Route.RECEIVE ? row.sender().other() : row.sender();
        if (from == null) {
            return route == Route.RECEIVE
                    ? Vorabstimmung.receiveUnknown(message.get(), ownRole, context(ownRole))
                    : Vorabstimmung.sendVa(KftMessages.va(Geschaeftsfall.VA_KUE_MRN), context(ownRole));
        }
        Vorabstimmung va = vorabstimmung(ownRole, from, change == null ? null : change.get());
        return switch (route) {
            case RECEIVE -> va.receive(message.get(), context(ownRole));
            case SEND -> va.send(message.get(), context(ownRole));
            case TEQ_REFUSED -> va.deliveryRefused(MessageType.AKM_TR, TeqCode.VERSION_FALSCH, context(ownRole));
            case TEQ_OK ->
                va.withKlaerfall(new Klaerfall(KlaerfallKind.AKM_TR_TECHNICALLY_REFUSED, "AKM-TR 0993"))
                        .delivered(MessageType.AKM_TR, context(ownRole));
        };
    }
}
