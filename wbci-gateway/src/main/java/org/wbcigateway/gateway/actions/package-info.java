/**
 * What an operator or the CRM starts, one use case per class named as a verb ({@code StartVorabstimmung},
 * {@code ConfirmVorabstimmung}, {@code AnnounceTakeOver}, {@code RequestStorno}, {@code StartSwitch},
 * {@code ResendMessage}, ...). Every message goes the same package-private {@code SendPath}: checked like the partner
 * will check it, stored, its transition applied and queued in the outbox, or refused with a
 * {@link org.wbcigateway.gateway.actions.ProtocolViolationException} before anything is written.
 */
package org.wbcigateway.gateway.actions;
