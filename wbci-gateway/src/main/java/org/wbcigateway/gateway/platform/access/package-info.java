/**
 * Who may reach what: API tokens, console login with its lockout, roles, and the Spring Security setup; logins and
 * refusals go to the audit log.
 */
package org.wbcigateway.gateway.platform.access;
