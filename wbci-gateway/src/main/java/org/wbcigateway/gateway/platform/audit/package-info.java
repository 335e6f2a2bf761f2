/**
 * The audit log of API calls, console actions, logins and refusals, of every answer that showed personal data
 * ({@link org.wbcigateway.gateway.platform.audit.PersonalDataRead}), and its storage.
 */
package org.wbcigateway.gateway.platform.audit;
