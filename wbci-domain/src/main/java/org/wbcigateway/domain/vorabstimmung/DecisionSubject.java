package org.wbcigateway.domain.vorabstimmung;

/** What a partner asked of us that the business decides after the TEQ (CRM rules or an operator). */
public enum DecisionSubject {
    /** The partner's VA: RUEM-VA or ABBM (we are the EKPabg). */
    PARTNER_VA,
    /** The partner's TV or Storno: ERLM or ABBM. */
    PARTNER_CHANGE_REQUEST,
    /** The partner's AKM-TR: the take-over stands, or ABBM-TR if the resources do not fit (we are the EKPabg). */
    PARTNER_AKM_TR
}
