package org.wbcigateway.domain.message;

import org.wbcigateway.domain.id.SimpleType;

/**
 * A block of extension numbers of an Anlagenanschluss, e.g. 00–49. Only the patterns are enforced here; that von and
 * bis have the same length and von ≤ bis is an application rule (spec §5.3), checked by the content rules.
 */
public record Rufnummernblock(String von, String bis) {

    public Rufnummernblock {
        SimpleType.RNR_BLOCK_VON.require(von);
        SimpleType.RNR_BLOCK_BIS.require(bis);
    }
}
