package org.wbcigateway.gateway.web.api;

import java.util.List;
import org.wbcigateway.domain.message.Anlagenanschluss;
import org.wbcigateway.domain.message.Anschlussinhaber;
import org.wbcigateway.domain.message.Einzelanschluss;
import org.wbcigateway.domain.message.Firma;
import org.wbcigateway.domain.message.Person;
import org.wbcigateway.domain.message.Ressource;
import org.wbcigateway.domain.message.Standort;
import org.wbcigateway.gateway.crm.ContractData;

/**
 * Domain values back into the API's request shapes, so that what the API answers has the shape (and the codes, e.g.
 * Anrede {@code 1}) that it accepts: a contract read with GET can be sent back with PUT.
 */
final class ApiShapes {

    private ApiShapes() {}

    static CrmRequests.ContractRequest contract(ContractData c) {
        return new CrmRequests.ContractRequest(
                c.status(),
                inhaber(c.inhaber()),
                c.weitereInhaber().stream().map(ApiShapes::inhaber).toList(),
                c.standort() == null ? null : standort(c.standort()),
                c.rufnummern() instanceof Einzelanschluss e ? einzelanschluss(e) : null,
                c.rufnummern() instanceof Anlagenanschluss a ? anlagenanschluss(a) : null,
                c.technologie(),
                c.ressourcen().stream().map(ApiShapes::ressource).toList(),
                c.startDate(),
                c.minimumTermMonths(),
                c.noticePeriodMonths(),
                c.earliestEnd(),
                c.previousCarrier() == null ? null : c.previousCarrier().value(),
                c.desiredDate(),
                c.portNumbers());
    }

    static AnfrageRequests.Anschlussinhaber inhaber(Anschlussinhaber a) {
        if (a instanceof Person p) {
            return new AnfrageRequests.Anschlussinhaber(
                    new AnfrageRequests.Person(p.anrede().code(), p.vorname(), p.nachname()), null);
        }
        Firma f = (Firma) a;
        return new AnfrageRequests.Anschlussinhaber(
                null, new AnfrageRequests.Firma(f.anrede().code(), f.firmenname(), f.firmennameZweiterTeil()));
    }

    static AnfrageRequests.Standort standort(Standort s) {
        return new AnfrageRequests.Standort(
                s.strassenname(), s.hausnummer(), s.hausnummernZusatz(), s.postleitzahl(), s.ort());
    }

    private static AnfrageRequests.Einzelanschluss einzelanschluss(Einzelanschluss e) {
        return new AnfrageRequests.Einzelanschluss(
                e.rufnummern().stream()
                        .map(r -> new AnfrageRequests.Rufnummer(r.onkz(), r.nummer()))
                        .toList(),
                e.alleRufnummern());
    }

    private static AnfrageRequests.Anlagenanschluss anlagenanschluss(Anlagenanschluss a) {
        List<AnfrageRequests.Rufnummernblock> bloecke = a.bloecke().stream()
                .map(b -> new AnfrageRequests.Rufnummernblock(b.von(), b.bis()))
                .toList();
        return new AnfrageRequests.Anlagenanschluss(a.onkz(), a.durchwahlnummer(), a.abfragestelle(), bloecke);
    }

    private static MeldungRequests.Ressource ressource(Ressource r) {
        return new MeldungRequests.Ressource(
                r.vertragsnummer(),
                r.lineId() == null ? null : r.lineId().value(),
                r.identifizierer(),
                r.kennungTNBabg() == null ? null : r.kennungTNBabg().value());
    }
}
