/**
 * The data source underneath every repository: the durability of the embedded default database (nothing the gateway
 * acknowledges is only in memory), recognising an unavailable database, and free-text columns.
 */
package org.wbcigateway.gateway.platform.persistence;
