/** The audit log of API calls, console actions, logins and refusals, and its storage. */
package org.wbcigateway.gateway.platform.audit;
