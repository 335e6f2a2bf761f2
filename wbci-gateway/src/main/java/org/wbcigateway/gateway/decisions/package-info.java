/**
 * Our answers without a person: the decision worker takes what the engine left pending
 * ({@code DecisionNeeded}, through {@link org.wbcigateway.gateway.decisions.DecisionRepository}) and decides, from the
 * stored aggregate and the CRM's contract data, a partner's VA (RUEM-VA, ABBM or the review queue), its TV or Storno
 * (ERLM or ABBM) and its AKM-TR (ABBM-TR if the resources do not fit); the decision status of a Vorabstimmung
 * ({@link org.wbcigateway.gateway.decisions.DecisionStatus}) and the review queue live here.
 */
package org.wbcigateway.gateway.decisions;
