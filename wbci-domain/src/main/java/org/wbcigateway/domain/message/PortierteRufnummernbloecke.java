package org.wbcigateway.domain.message;

import java.util.List;
import org.wbcigateway.domain.id.SimpleType;

/** {@code portierungRufnummernbloecke} { onkzDurchwahlAbfragestelle, zuPortierenderRufnummernblock 1..5 }. */
public record PortierteRufnummernbloecke(
        String onkz, String durchwahlnummer, String abfragestelle, List<PortierterRufnummernblock> bloecke)
        implements PortierteRufnummern {

    public PortierteRufnummernbloecke {
        SimpleType.ONKZ.require(onkz);
        SimpleType.DURCHWAHLNUMMER.require(durchwahlnummer);
        SimpleType.ABFRAGESTELLE.require(abfragestelle);
        bloecke = Cardinality.list("zuPortierenderRufnummernblock", bloecke, 1, 5);
    }
}
