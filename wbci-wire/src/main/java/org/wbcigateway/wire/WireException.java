package org.wbcigateway.wire;

import org.wbcigateway.domain.code.TeqCode;

/**
 * A message that cannot be read (or written) on the WBCI wire. {@link #teqCode()} is the TEQ code to answer an
 * inbound message with; {@link #detail()} says what was wrong, for the audit log and the operator.
 */
public final class WireException extends RuntimeException {

    public enum Kind {
        TOO_LARGE(TeqCode.STRUKTUR_UNGUELTIG),
        DTD_FORBIDDEN(TeqCode.STRUKTUR_UNGUELTIG),
        NOT_WELL_FORMED(TeqCode.STRUKTUR_UNGUELTIG),
        TOO_DEEP(TeqCode.STRUKTUR_UNGUELTIG),
        TOO_MANY_ELEMENTS(TeqCode.STRUKTUR_UNGUELTIG),
        NOT_A_WBCI_MESSAGE(TeqCode.STRUKTUR_UNGUELTIG),
        WRONG_VERSION(TeqCode.VERSION_FALSCH),
        /** Signature missing or invalid, certificate not registered or expired, or Absender not the signer. */
        SIGNATURE_INVALID(TeqCode.SIGNATUR_UNGUELTIG),
        SCHEMA_INVALID(TeqCode.STRUKTUR_UNGUELTIG),
        /** Our own outgoing message breaks the schema: a bug on this side, never sent. */
        INVALID_OUTPUT(TeqCode.STRUKTUR_UNGUELTIG);

        private final TeqCode teqCode;

        Kind(TeqCode teqCode) {
            this.teqCode = teqCode;
        }

        public TeqCode teqCode() {
            return teqCode;
        }
    }

    private final Kind kind;
    private final String detail;

    public WireException(Kind kind, String detail) {
        this(kind, detail, null);
    }

    public WireException(Kind kind, String detail, Throwable cause) {
        super(kind + " (TEQ " + kind.teqCode().code() + "): " + detail, cause);
        this.kind = kind;
        this.detail = detail;
    }

    public Kind kind() {
        return kind;
    }

    public TeqCode teqCode() {
        return kind.teqCode();
    }

    public String detail() {
        return detail;
    }
}
