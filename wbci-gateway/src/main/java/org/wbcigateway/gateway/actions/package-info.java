/**
 * What an operator or the CRM starts, one use case per class named as a verb ({@code StartVorabstimmung},
 * {@code ConfirmVorabstimmung}, {@code AnnounceTakeOver}, {@code RequestStorno}, {@code StartSwitch},
 * {@code ResendMessage}, ...). Each locks the Vorabstimmung, builds its message with the aggregate's builders and
 * gives it to the package-private {@code SendPath}: the engine judges it as the partner will; accepted, it is stored,
 * queued in the outbox and its effects carried out; refused, a
 * {@link org.wbcigateway.gateway.actions.ProtocolViolationException} names the rules before anything is written.
 */
package org.wbcigateway.gateway.actions;
