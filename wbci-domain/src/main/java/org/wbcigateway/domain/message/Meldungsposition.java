package org.wbcigateway.domain.message;

import java.util.List;
import org.wbcigateway.domain.code.Meldungscode;
import org.wbcigateway.domain.id.SimpleType;

/**
 * One Position of a Meldung: Meldungscode and Meldungstext, plus what its position type adds: the corrected address
 * attribute ({@code adresseAbweichend}, RUEM-VA only) or up to 10 numbers ({@code rufnummer}, ABBM only).
 */
public record Meldungsposition(
        Meldungscode meldungscode,
        String meldungstext,
        AdresseAbweichend adresseAbweichend,
        List<Rufnummer> rufnummern) {

    public Meldungsposition {
        Cardinality.required("Meldungscode", meldungscode);
        SimpleType.MELDUNGSTEXT.require(meldungstext);
        rufnummern = Cardinality.list("Position/rufnummer", rufnummern, 0, 10);
    }

    /** A position with the code's standard text and nothing else. */
    public static Meldungsposition of(Meldungscode code) {
        return new Meldungsposition(code, code.standardtext(), null, List.of());
    }

    /** An ADA position of a RUEM-VA carrying the correct value. */
    public static Meldungsposition adresseAbweichend(Meldungscode code, AdresseAbweichend korrektur) {
        return new Meldungsposition(code, code.standardtext(), korrektur, List.of());
    }

    /** An ABBM position listing numbers (e.g. RNG). */
    public static Meldungsposition mitRufnummern(Meldungscode code, List<Rufnummer> rufnummern) {
        return new Meldungsposition(code, code.standardtext(), null, rufnummern);
    }
}
