package org.wbcigateway.domain.state;

import java.util.Objects;
import org.wbcigateway.domain.code.Meldungscode;

/** What happens to a message the state machine rejects. */
public record Response(Kind kind, Meldungscode code) {

    public enum Kind {
        /** An incoming request is answered with an ABBM carrying {@link #code()}. */
        ABBM,
        /** An incoming AKM-TR is answered with an ABBM-TR carrying {@link #code()}. */
        ABBM_TR,
        /** An incoming Meldung cannot be refused: stored, no state change, Klaerfall for an operator. */
        KLAERFALL,
        /** An outgoing message is not sent; the caller is told the rule. */
        REFUSED
    }

    public Response {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.ABBM || kind == Kind.ABBM_TR) != (code != null)) {
            throw new IllegalArgumentException(kind + (code == null ? " needs a code" : " carries no code"));
        }
    }

    public static Response abbm(Meldungscode code) {
        return new Response(Kind.ABBM, code);
    }

    public static Response abbmTr(Meldungscode code) {
        return new Response(Kind.ABBM_TR, code);
    }

    public static final Response KLAERFALL = new Response(Kind.KLAERFALL, null);
    public static final Response REFUSED = new Response(Kind.REFUSED, null);
}
