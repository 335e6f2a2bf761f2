package org.wbcigateway.gateway.platform.config;

/** Who owns an entry (a partner, its certificate, a tenant): configuration (rewritten at every start) or the directory (API, console). */
public enum ManagedBy {
    CONFIGURATION,
    DIRECTORY
}
