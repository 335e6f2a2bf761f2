package org.wbcigateway.domain.vorabstimmung;

/** The status the EKPabg writes back to the CRM contract it is about to lose. */
public enum ContractStatus {
    /** The switch is agreed (RUEM-VA, or a TV moved the date): the contract ends on the Wechseltermin. */
    TERMINATION_PENDING,
    /** A Storno lifted or voided the switch: the contract stays. */
    ACTIVE
}
