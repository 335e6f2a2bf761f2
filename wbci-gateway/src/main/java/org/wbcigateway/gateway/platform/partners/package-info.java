/**
 * The partner directory: the partner carriers we exchange WBCI messages with (endpoint, certificates, TLS bundle,
 * SHA-1 rule, Bundesland), stored in the database, changed at runtime and seeded from configuration at start. Every
 * other part reads partners from here, never from configuration.
 */
package org.wbcigateway.gateway.platform.partners;
