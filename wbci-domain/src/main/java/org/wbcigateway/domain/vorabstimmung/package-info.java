/**
 * The protocol engine: what happens to a Vorabstimmung, for both roles and both directions
 * (docs/adr/0008-protocol-engine.md). {@link org.wbcigateway.domain.vorabstimmung.Vorabstimmung} is the immutable
 * aggregate; its {@code receive}, {@code send}, {@code deliveryRefused} and {@code delivered} return an
 * {@link org.wbcigateway.domain.vorabstimmung.Outcome}: how the message is taken, the next Vorabstimmung, and the
 * {@link org.wbcigateway.domain.vorabstimmung.Effect}s (answers to send, deadlines opened and closed, Klaerfall, CRM
 * events, contract write-back, business decision needed, follow-up link) as values for the gateway to carry out.
 * The questions the API, the console and the simulator ask live here once: which codes may answer which request
 * ({@link org.wbcigateway.domain.vorabstimmung.AnswerKind}), which date rule applies to which message
 * ({@link org.wbcigateway.domain.vorabstimmung.DateRules}), how an answer to a request is built
 * ({@link org.wbcigateway.domain.vorabstimmung.Meldungen}). Depends on {@code state}, {@code rule}, {@code deadline},
 * {@code followup}, {@code message}; nothing else of the domain depends on it.
 */
package org.wbcigateway.domain.vorabstimmung;
