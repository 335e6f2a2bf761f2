/**
 * Metrics, health and logs: message traffic and TEQ counters, the VA-ID in every log line, the certificates' part
 * of the health report, and the report at start-up.
 */
package org.wbcigateway.gateway.platform.observability;
