/**
 * What every flow relies on and none owns: configuration, partner and user security, audit, observability and the
 * data source. Nothing in {@code platform} depends on a flow package.
 */
package org.wbcigateway.gateway.platform;
