package org.wbcigateway.domain.message;

/**
 * What one SOAP call carries: {@code Control} plus the payload (an {@link Anfrage}, a {@link Meldung}, or the
 * {@link Quittung} of a response).
 */
public record Envelope<T>(Control control, T payload) {

    public Envelope {
        Cardinality.required("Control", control);
        Cardinality.required("payload", payload);
    }
}
