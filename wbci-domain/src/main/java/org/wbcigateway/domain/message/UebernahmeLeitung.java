package org.wbcigateway.domain.message;

import org.wbcigateway.domain.id.LineId;
import org.wbcigateway.domain.id.SimpleType;

/** A line the EKPauf takes over in an AKM-TR: by lineID or by (WITA) vertragsnummer, exactly one. */
public record UebernahmeLeitung(LineId lineId, String vertragsnummer) {

    public UebernahmeLeitung {
        Cardinality.exactlyOne("UebernahmeLeitung", lineId, vertragsnummer);
        SimpleType.VERTRAGSNUMMER.requireOptional(vertragsnummer);
    }

    public static UebernahmeLeitung ofVertragsnummer(String vertragsnummer) {
        return new UebernahmeLeitung(null, vertragsnummer);
    }

    public static UebernahmeLeitung ofLineId(LineId lineId) {
        return new UebernahmeLeitung(lineId, null);
    }
}
