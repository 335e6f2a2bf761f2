package org.wbcigateway.domain.message;

import java.util.List;
import org.wbcigateway.domain.id.SimpleType;

/** {@code anlagenanschluss} { onkzDurchwahlAbfragestelle { ONKZ, durchwahlnummer, abfragestelle }, zuPortierenderRufnummernblock 1..5 }. */
public record Anlagenanschluss(String onkz, String durchwahlnummer, String abfragestelle, List<Rufnummernblock> bloecke)
        implements Rufnummern {

    public Anlagenanschluss {
        SimpleType.ONKZ.require(onkz);
        SimpleType.DURCHWAHLNUMMER.require(durchwahlnummer);
        SimpleType.ABFRAGESTELLE.require(abfragestelle);
        bloecke = Cardinality.list("zuPortierenderRufnummernblock", bloecke, 1, 5);
    }
}
