/**
 * The new VA after the ERLM to a Storno-Aenderung (spec §3, §6): which voided Vorabstimmung a new VA follows up
 * ({@link org.wbcigateway.domain.followup.FollowUpVa}), and what its arrival date means
 * ({@link org.wbcigateway.domain.followup.FollowUpArrival}). Depends on {@code message} and {@code deadline}; nothing
 * there depends on it.
 */
package org.wbcigateway.domain.followup;
