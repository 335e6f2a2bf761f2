/**
 * Storing a Vorabstimmung: its record and state, its messages as on the wire, its deadlines and follow-ups, the
 * search index, and the {@link org.wbcigateway.gateway.vorabstimmung.Ledger} that writes what a message does to it.
 * Also the read models the REST API and the console share (details with timeline, overdue items, search) and the
 * Vorabstimmung's reaction to a message the partner refused ({@code TechnicalRejection}, a delivery listener).
 */
package org.wbcigateway.gateway.vorabstimmung;
