/**
 * Tenants: the EKPs one installation serves, each with its data in a schema of its own, and the provider's data
 * (tenant registry, partner directory) in another (ADR 0014). Entry points bind a {@link
 * org.wbcigateway.gateway.platform.tenancy.TenantScope}; the data source sets each connection's schema from it.
 */
package org.wbcigateway.gateway.platform.tenancy;
