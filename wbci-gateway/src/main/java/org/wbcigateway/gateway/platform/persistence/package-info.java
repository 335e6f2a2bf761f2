/**
 * Storage of Vorabstimmungen, messages, the outbox, deadlines, issued IDs and refusals (JDBC), and the durability
 * of the embedded default database: nothing the gateway acknowledges is only in memory.
 */
package org.wbcigateway.gateway.platform.persistence;
