/**
 * Our answers as EKPabg without a person: the decision worker decides a partner's VA from the CRM's contract data
 * (RUEM-VA, ABBM or the review queue), answers TV and Storno and checks an AKM-TR; the decision status of a
 * Vorabstimmung ({@link org.wbcigateway.gateway.decisions.DecisionStatus}) and the review queue live here.
 */
package org.wbcigateway.gateway.decisions;
