package org.wbcigateway.domain.message;

import org.wbcigateway.domain.id.SimpleType;

/** {@code ProjektId} { projektkenner, kopplungskenner? }. */
public record ProjektId(String projektkenner, String kopplungskenner) {

    public ProjektId {
        SimpleType.PROJEKTKENNER.require(projektkenner);
        SimpleType.KOPPLUNGSKENNER.requireOptional(kopplungskenner);
    }
}
