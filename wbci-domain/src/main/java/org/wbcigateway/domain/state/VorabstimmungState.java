package org.wbcigateway.domain.state;

import java.util.Objects;

/** The protocol state of one Vorabstimmung: phase, AKM-TR status and the active change request. */
public record VorabstimmungState(Phase phase, AkmTrStatus akmTr, ChangeRequest changeRequest) {

    public static final VorabstimmungState NONE =
            new VorabstimmungState(Phase.NONE, AkmTrStatus.NOT_APPLICABLE, ChangeRequest.NONE);

    public VorabstimmungState {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(akmTr, "akmTr");
        Objects.requireNonNull(changeRequest, "changeRequest");
    }

    @Override
    public String toString() {
        return phase + "/" + akmTr + "/" + changeRequest;
    }
}
