/**
 * Partner security: our signing key, partner certificates and the signature check of their messages, the TLS client
 * to partners, the replay window and the certificate inventory with expiry.
 */
package org.wbcigateway.gateway.platform.security;
