package org.wbcigateway.gateway.actions;

import java.time.LocalDate;
import java.util.List;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.message.Anschlussinhaber;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.ProjektId;
import org.wbcigateway.domain.message.Rufnummer;
import org.wbcigateway.domain.message.RufnummernPortierung;
import org.wbcigateway.domain.message.Standort;

/** The content of a new VA; ID, Absender and PKIauf (RRNP) are filled in by the gateway. */
public record VaDraft(
        Geschaeftsfall geschaeftsfall,
        CarrierCode ekpAbg,
        LocalDate kundenwunschtermin,
        Anschlussinhaber endkunde,
        List<Anschlussinhaber> weitereAnschlussinhaber,
        ProjektId projektId,
        Standort standort,
        Rufnummer anschlussidentifikation,
        RufnummernPortierung rufnummernPortierung) {}
