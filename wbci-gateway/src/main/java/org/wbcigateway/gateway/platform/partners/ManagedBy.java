package org.wbcigateway.gateway.platform.partners;

/** Who owns a partner entry or certificate: configuration (rewritten at every start) or the directory (API, console). */
public enum ManagedBy {
    CONFIGURATION,
    DIRECTORY
}
