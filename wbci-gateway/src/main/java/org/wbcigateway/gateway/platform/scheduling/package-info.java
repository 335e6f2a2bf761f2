/**
 * Background workers that run a round at a fixed interval and at once when there is work: {@link
 * org.wbcigateway.gateway.platform.scheduling.Wakeup} is signalled after the commit that made work (a message
 * queued, a decision pending), {@link org.wbcigateway.gateway.platform.scheduling.WorkerLoop} waits for it or the
 * interval, whichever comes first. A signal names the tenant whose transaction made the work, and the round it
 * causes looks at that tenant only ({@link org.wbcigateway.gateway.platform.scheduling.Woken}): with many tenants, a
 * message costs one tenant's queries, not every tenant's. The interval stays the safety net, for every tenant: work
 * made on another node, or retries that fall due, are found by it.
 */
package org.wbcigateway.gateway.platform.scheduling;
