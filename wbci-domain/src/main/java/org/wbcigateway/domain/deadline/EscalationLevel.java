package org.wbcigateway.domain.deadline;

/** How far an overdue item has escalated: nothing yet, then three levels by working days overdue. */
public enum EscalationLevel {
    NONE,
    L1,
    L2,
    L3
}
