package org.wbcigateway.wire.mapping;

/**
 * A domain message with a part its wire type has no place for (e.g. a VA-KUE-ORN with RufnummernPortierung). Such a
 * message breaks a content rule and must not be sent; the mapper refuses it instead of dropping the part.
 */
public class UnmappableMessageException extends IllegalArgumentException {

    public UnmappableMessageException(String message) {
        super(message);
    }
}
