package org.wbcigateway.wire;

/** Bounds on an inbound message, checked before and while it is parsed. */
public record WireLimits(int maxBytes, int maxDepth, int maxElements) {

    public static final int DEFAULT_MAX_BYTES = 1024 * 1024;
    /** A signed SOAP message nests about 10 deep; the deepest WBCI payload about 8. */
    public static final int DEFAULT_MAX_DEPTH = 64;
    /** The largest legal message (99 positions, 99 Ressourcen …) has a few thousand elements. */
    public static final int DEFAULT_MAX_ELEMENTS = 10_000;

    public WireLimits {
        if (maxBytes <= 0 || maxDepth <= 0 || maxElements <= 0) {
            throw new IllegalArgumentException(
                    "limits must be positive: " + maxBytes + ", " + maxDepth + ", " + maxElements);
        }
    }

    public static WireLimits defaults() {
        return new WireLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, DEFAULT_MAX_ELEMENTS);
    }

    public WireLimits withMaxBytes(int bytes) {
        return new WireLimits(bytes, maxDepth, maxElements);
    }
}
