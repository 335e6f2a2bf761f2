/**
 * The data source underneath every repository: the durability of the embedded default database (nothing the gateway
 * acknowledges is only in memory), recognising an unavailable database, free-text columns, and the files holding
 * generated secrets (owner-only).
 */
package org.wbcigateway.gateway.platform.persistence;
