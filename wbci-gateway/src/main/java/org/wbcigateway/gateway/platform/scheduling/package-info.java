/**
 * Background workers that run a round at a fixed interval and at once when there is work: {@link
 * org.wbcigateway.gateway.platform.scheduling.Wakeup} is signalled after the commit that made work (a message
 * queued, a decision pending), {@link org.wbcigateway.gateway.platform.scheduling.WorkerLoop} waits for it or the
 * interval, whichever comes first. The interval stays the safety net: work made on another node, or retries that
 * fall due, are found by it.
 */
package org.wbcigateway.gateway.platform.scheduling;
