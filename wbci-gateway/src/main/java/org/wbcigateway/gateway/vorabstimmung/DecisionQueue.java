package org.wbcigateway.gateway.vorabstimmung;

import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.vorabstimmung.DecisionSubject;

/** Where a partner's request that waits for the business decision is put (the decisions package serves it). */
public interface DecisionQueue {

    /** The Vorabstimmung waits for a decision of ours on what the partner asked. */
    void pending(VorabstimmungsId vaId, DecisionSubject subject);
}
