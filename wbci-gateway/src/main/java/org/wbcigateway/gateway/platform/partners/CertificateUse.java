package org.wbcigateway.gateway.platform.partners;

/** What a partner's certificate is registered for. */
public enum CertificateUse {
    /** its messages and TEQs are signed with it */
    SIGNING,
    /** its TLS client presents it on the partner port (mutual TLS); without one, its signing certificates count */
    TLS_CLIENT
}
