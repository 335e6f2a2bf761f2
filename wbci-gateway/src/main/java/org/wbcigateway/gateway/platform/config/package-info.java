/**
 * The gateway's configuration: the {@code wbci.*} properties and the check that every setting is known, the
 * protocol beans (clocks, calendars of us and our partners, the domain's rules and state machine).
 */
package org.wbcigateway.gateway.platform.config;
