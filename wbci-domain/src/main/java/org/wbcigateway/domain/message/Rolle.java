package org.wbcigateway.domain.message;

/** The two roles of a Vorabstimmung; every gateway plays both, per Vorabstimmung one. */
public enum Rolle {
    /** aufnehmender EKP: wins the customer, sends VA, AKM-TR, TV, STR-*-AUF. */
    EKP_AUF,
    /** abgebender EKP: releases the customer, sends RUEM-VA, ABBM, ABBM-TR, STR-*-ABG. */
    EKP_ABG;

    public Rolle other() {
        return this == EKP_AUF ? EKP_ABG : EKP_AUF;
    }
}
