/**
 * Storing a Vorabstimmung and carrying out what the protocol engine decided (docs/adr/0008-protocol-engine.md):
 * {@link org.wbcigateway.gateway.vorabstimmung.Vorabstimmungen} turns a row into the domain's aggregate (its stored
 * VA and change request read once, {@link org.wbcigateway.gateway.vorabstimmung.StoredMessages}) and back;
 * {@link org.wbcigateway.gateway.vorabstimmung.Ledger} stores messages and queues ours;
 * {@link org.wbcigateway.gateway.vorabstimmung.EffectRunner} carries out every effect (deadlines, CRM events and
 * write-back, pending decisions through {@link org.wbcigateway.gateway.vorabstimmung.DecisionQueue}, follow-up
 * links); {@link org.wbcigateway.gateway.vorabstimmung.TeqVerdicts} takes the partner's TEQ to our messages to the
 * engine (a delivery listener). Also the deadlines' monitor, the search index, and the read models the REST API and
 * the console share (details with timeline, overdue items, search).
 */
package org.wbcigateway.gateway.vorabstimmung;
