package org.wbcigateway.domain.message;

import java.util.List;

/** A Meldung (RUEM-VA, ABBM, AKM-TR, ABBM-TR, ERLM): common children first, then its own (spec §5.2). */
public sealed interface Meldung extends WbciMessage
        permits RueckmeldungVorabstimmung,
                Abbruchmeldung,
                UebernahmeRessource,
                AbbruchmeldungTechnRessource,
                Erledigtmeldung {

    /** What is answered: the VA's case, or STR-AUF / STR-AEN / TVS-VA. */
    Geschaeftsfall geschaeftsfall();

    List<Meldungsposition> positionen();
}
