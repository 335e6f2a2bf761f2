package org.wbcigateway.gateway.platform.partners;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.List;
import org.wbcigateway.wire.security.Certificates;

/** What an operator types for a partner (API or console), checked once: an endpoint URL, a PEM certificate. */
public final class PartnerInput {

    private PartnerInput() {}

    /** The partner's WBCI endpoint: an http or https URL with a host. */
    /** What the partner directory keeps of an endpoint ({@code partner.endpoint}). */
    static final int MAX_ENDPOINT_LENGTH = 500;

    public static String endpoint(String endpoint) {
        if (endpoint == null || endpoint.isBlank()) {
            throw new IllegalArgumentException("endpoint is required: the partner's WBCI endpoint, an http(s) URL");
        }
        URI uri;
        try {
            uri = URI.create(endpoint.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("endpoint must be an http or https URL with a host: " + endpoint, e);
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException("endpoint must be an http or https URL with a host: " + endpoint);
        }
        if (uri.toString().length() > MAX_ENDPOINT_LENGTH) {
            throw new IllegalArgumentException("endpoint is longer than " + MAX_ENDPOINT_LENGTH + " characters");
        }
        return uri.toString();
    }

    /** Exactly one X.509 certificate, PEM-encoded. */
    public static X509Certificate certificate(String pem) {
        if (pem == null || pem.isBlank()) {
            throw new IllegalArgumentException("pem is required: the certificate, PEM-encoded");
        }
        List<X509Certificate> read;
        try {
            read = Certificates.read(pem);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("pem is no readable X.509 certificate", e);
        }
        if (read.size() != 1) {
            throw new IllegalArgumentException("pem must hold exactly one certificate, not " + read.size());
        }
        return read.get(0);
    }
}
