package org.wbcigateway.domain.deadline;

import java.util.ArrayList;
import java.util.List;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Rolle;
import org.wbcigateway.domain.state.ChangeRequest;
import org.wbcigateway.domain.state.Phase;
import org.wbcigateway.domain.state.Transition;
import org.wbcigateway.domain.state.VorabstimmungState;

/** Whose turn it is: the open items a state implies (spec §3, §6). */
public final class OpenItems {

    private OpenItems() {}

    /**
     * @param lastTransition the transition that led to {@code state}; it tells which Storno voided the VA in NEW_VA
     */
    public static List<OpenItem> of(
            Geschaeftsfall geschaeftsfall, VorabstimmungState state, Transition lastTransition) {
        List<OpenItem> items = new ArrayList<>();
        switch (state.phase()) {
            case VA_PENDING -> items.add(new OpenItem(AwaitedAnswer.RUEM_VA_OR_ABBM, Rolle.EKP_ABG));
            case AGREED -> {
                if (geschaeftsfall.isKuendigung() && state.akmTr().isOwed()) {
                    items.add(new OpenItem(AwaitedAnswer.AKM_TR, Rolle.EKP_AUF));
                }
            }
            case NEW_VA ->
                items.add(new OpenItem(
                        lastTransition == Transition.ERLM_VOIDS_FOR_ABG
                                ? AwaitedAnswer.NEW_VA_AFTER_STR_AEN_ABG
                                : AwaitedAnswer.NEW_VA_AFTER_STR_AEN_AUF,
                        Rolle.EKP_AUF));
            default -> {}
        }
        ChangeRequest change = state.changeRequest();
        if (state.phase() != Phase.NONE && !state.phase().isEnded() && change != ChangeRequest.NONE) {
            AwaitedAnswer awaited = change == ChangeRequest.TV
                    ? AwaitedAnswer.ERLM_OR_ABBM_TO_TV
                    : AwaitedAnswer.ERLM_OR_ABBM_TO_STORNO;
            items.add(new OpenItem(awaited, change.requester().other()));
        }
        return List.copyOf(items);
    }
}
