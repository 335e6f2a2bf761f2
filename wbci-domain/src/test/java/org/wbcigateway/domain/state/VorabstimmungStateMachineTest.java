package org.wbcigateway.domain.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.wbcigateway.domain.code.Meldungscode;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Rolle;

/**
 * Enumerates every (reachable state, message, direction, role) for each Geschaeftsfall and checks the machine against
 * the transition list {@code state/transitions.csv} and the rejection answers of spec §7.
 */
class VorabstimmungStateMachineTest {

    private static final List<Geschaeftsfall> VA_CASES =
            List.of(Geschaeftsfall.VA_KUE_MRN, Geschaeftsfall.VA_KUE_ORN, Geschaeftsfall.VA_RRNP);

    private final VorabstimmungStateMachine machine = new VorabstimmungStateMachine();
    private final List<ExpectedTransition> transitions = ExpectedTransition.load(lines("state/transitions.csv"));

    @TestFactory
    Stream<DynamicTest> everyStateMessageDirectionAndRole() {
        return VA_CASES.stream()
                .flatMap(gf -> reachable(gf).stream()
                        .map(state -> dynamicTest(gf.code() + " in " + state, () -> checkAllMessages(gf, state))));
    }

    private void checkAllMessages(Geschaeftsfall gf, VorabstimmungState state) {
        SoftAssertions softly = new SoftAssertions();
        for (Event event : Event.values()) {
            for (Rolle ownRole : Rolle.values()) {
                for (Direction direction : Direction.values()) {
                    Rolle sender = direction == Direction.OUTGOING ? ownRole : ownRole.other();
                    Decision decision = machine.decide(gf, state, ownRole, direction, event);
                    String situation = event + " sent by " + sender + " (" + direction + ", we are " + ownRole + ")";
                    ExpectedTransition expected = transitions.stream()
                            .filter(t -> t.matches(gf, state, event, sender))
                            .findFirst()
                            .orElse(null);
                    if (expected != null) {
                        softly.assertThat(decision)
                                .as(situation)
                                .isEqualTo(new Decision.Accepted(
                                        ((Decision.Accepted) decision).transition(), expected.target(state)));
                        softly.assertThat(((Decision.Accepted) decision)
                                        .transition()
                                        .effect())
                                .as(situation)
                                .isEqualTo(expected.effect());
                    } else {
                        softly.assertThat(decision).as(situation).isInstanceOf(Decision.Rejected.class);
                        if (decision instanceof Decision.Rejected rejected) {
                            softly.assertThat(rejected.response())
                                    .as(situation)
                                    .isEqualTo(expectedRejection(gf, state, event, sender, direction));
                        }
                    }
                }
            }
        }
        softly.assertAll();
    }

    /** Spec §7 and §5.3, written as the operator reads them. */
    private static Response expectedRejection(
            Geschaeftsfall gf, VorabstimmungState state, Event event, Rolle sender, Direction direction) {
        if (direction == Direction.OUTGOING) {
            return Response.REFUSED;
        }
        boolean unknown = state.phase() == Phase.NONE;
        return switch (event) {
            case VA -> Response.abbm(unknown ? Meldungscode.SONST : Meldungscode.BVID);
            case TV -> Response.abbm(unknown ? Meldungscode.VA_ID_UNBEKANNT : Meldungscode.TV_ABGELEHNT);
            case STR_AUFH_AUF, STR_AEN_AUF, STR_AUFH_ABG, STR_AEN_ABG ->
                Response.abbm(unknown ? Meldungscode.VA_ID_UNBEKANNT : Meldungscode.STORNO_ABGELEHNT);
            case AKM_TR -> {
                if (unknown) {
                    yield Response.abbmTr(Meldungscode.VA_ID_UNBEKANNT);
                }
                boolean duplicate = gf.isKuendigung()
                        && state.phase() == Phase.AGREED
                        && state.akmTr() == AkmTrStatus.CONFIRMED
                        && sender == Rolle.EKP_AUF;
                yield duplicate ? Response.abbmTr(Meldungscode.UEBERNAHME_BEREITS_BESTAETIGT) : Response.KLAERFALL;
            }
            default -> Response.KLAERFALL;
        };
    }

    @ParameterizedTest
    @EnumSource(
            value = Geschaeftsfall.class,
            names = {"VA_KUE_MRN", "VA_KUE_ORN", "VA_RRNP"})
    void reachableStatesAreExactlyThoseListed(Geschaeftsfall gf) {
        Set<VorabstimmungState> seen = new LinkedHashSet<>();
        Deque<VorabstimmungState> todo = new ArrayDeque<>(List.of(VorabstimmungState.NONE));
        while (!todo.isEmpty()) {
            VorabstimmungState state = todo.pop();
            if (!seen.add(state)) {
                continue;
            }
            for (Event event : Event.values()) {
                for (Rolle role : Rolle.values()) {
                    if (machine.decide(gf, state, role, Direction.OUTGOING, event) instanceof Decision.Accepted a) {
                        todo.push(a.next());
                    }
                }
            }
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(reachable(gf));
    }

    @Test
    void rejectionsNameTheRuleTheyBreak() {
        VorabstimmungState agreed = state("AGREED/AWAITED/NONE");
        VorabstimmungState pending = state("VA_PENDING/NOT_APPLICABLE/NONE");
        assertRule(pending, Rolle.EKP_ABG, Event.TV, StateRule.WRONG_PHASE);
        assertRule(agreed, Rolle.EKP_AUF, Event.TV, StateRule.WRONG_SENDER);
        assertRule(state("AGREED/AWAITED/STR_AUFH_ABG"), Rolle.EKP_ABG, Event.TV, StateRule.ONE_CHANGE_REQUEST);
        assertRule(state("CANCELLED/NOT_APPLICABLE/NONE"), Rolle.EKP_ABG, Event.TV, StateRule.VORABSTIMMUNG_ENDED);
        assertRule(
                state("NEW_VA/NOT_APPLICABLE/NONE"), Rolle.EKP_ABG, Event.STR_AUFH_AUF, StateRule.VORABSTIMMUNG_ENDED);
        assertRule(pending, Rolle.EKP_AUF, Event.STR_AUFH_ABG, StateRule.WRONG_PHASE);
        assertRule(state("AGREED/CONFIRMED/NONE"), Rolle.EKP_ABG, Event.AKM_TR, StateRule.AKM_TR_ALREADY_CONFIRMED);
        assertRule(agreed, Rolle.EKP_AUF, Event.ERLM_TV, StateRule.NO_MATCHING_CHANGE_REQUEST);
        assertRule(agreed, Rolle.EKP_AUF, Event.ABBM_TR, StateRule.NO_AKM_TR_TO_REJECT);
        assertRule(VorabstimmungState.NONE, Rolle.EKP_ABG, Event.TV, StateRule.UNKNOWN_VORABSTIMMUNG);
        assertRule(agreed, Rolle.EKP_ABG, Event.VA, StateRule.ID_ALREADY_USED);
        Decision rrnp = machine.decide(
                Geschaeftsfall.VA_RRNP,
                state("AGREED/NOT_APPLICABLE/NONE"),
                Rolle.EKP_ABG,
                Direction.INCOMING,
                Event.AKM_TR);
        assertThat(((Decision.Rejected) rrnp).violation().rule()).isEqualTo(StateRule.AKM_TR_ONLY_KUE);
    }

    private void assertRule(VorabstimmungState state, Rolle ownRole, Event event, StateRule rule) {
        Decision decision = machine.decide(Geschaeftsfall.VA_KUE_MRN, state, ownRole, Direction.INCOMING, event);
        assertThat(decision).isInstanceOf(Decision.Rejected.class);
        assertThat(((Decision.Rejected) decision).violation().rule())
                .as(event + " in " + state)
                .isEqualTo(rule);
    }

    static List<VorabstimmungState> reachable(Geschaeftsfall gf) {
        String kind = gf.isKuendigung() ? "KUE" : "RRNP";
        return lines("state/reachable-states.csv").stream()
                .map(l -> l.split(";"))
                .filter(f -> f[0].equals(kind))
                .map(f -> state(f[1]))
                .toList();
    }

    static VorabstimmungState state(String text) {
        String[] p = text.split("/");
        return new VorabstimmungState(Phase.valueOf(p[0]), AkmTrStatus.valueOf(p[1]), ChangeRequest.valueOf(p[2]));
    }

    static List<String> lines(String resource) {
        try (InputStream in =
                VorabstimmungStateMachineTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One row of transitions.csv; '*' matches any value and is copied to the target. */
    record ExpectedTransition(
            String cases, String[] from, Event event, Rolle sender, String[] to, Transition.Effect effect) {

        static List<ExpectedTransition> load(List<String> lines) {
            List<ExpectedTransition> rows = new ArrayList<>();
            for (String line : lines) {
                String[] f = line.split(";");
                rows.add(new ExpectedTransition(
                        f[0],
                        f[1].split("/"),
                        Event.valueOf(f[2]),
                        Rolle.valueOf(f[3]),
                        f[4].split("/"),
                        Transition.Effect.valueOf(f[5])));
            }
            return rows;
        }

        boolean matches(Geschaeftsfall gf, VorabstimmungState state, Event e, Rolle s) {
            boolean caseMatches = cases.equals("ALL") || cases.equals(gf.isKuendigung() ? "KUE" : "RRNP");
            String[] actual = parts(state);
            for (int i = 0; i < 3; i++) {
                if (!from[i].equals("*") && !from[i].equals(actual[i])) {
                    return false;
                }
            }
            return caseMatches && e == event && s == sender;
        }

        VorabstimmungState target(VorabstimmungState state) {
            String[] actual = parts(state);
            String[] result = new String[3];
            for (int i = 0; i < 3; i++) {
                result[i] = to[i].equals("*") ? actual[i] : to[i];
            }
            return state(String.join("/", result));
        }

        private static String[] parts(VorabstimmungState s) {
            return new String[] {
                s.phase().name(), s.akmTr().name(), s.changeRequest().name()
            };
        }
    }
}
