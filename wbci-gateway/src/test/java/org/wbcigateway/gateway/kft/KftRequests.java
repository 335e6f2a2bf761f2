package org.wbcigateway.gateway.kft;

import java.util.Map;
import org.wbcigateway.domain.message.Anlagenanschluss;
import org.wbcigateway.domain.message.Anschlussinhaber;
import org.wbcigateway.domain.message.Einzelanschluss;
import org.wbcigateway.domain.message.Firma;
import org.wbcigateway.domain.message.Person;
import org.wbcigateway.domain.message.Rufnummer;
import org.wbcigateway.domain.message.Rufnummernblock;
import org.wbcigateway.domain.message.Standort;
import org.wbcigateway.domain.message.UebernahmeLeitung;
import org.wbcigateway.domain.message.UebernahmeRessource;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The catalogue's standard messages (built by {@code KftData}) as the gateway's REST API takes them. */
final class KftRequests {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private KftRequests() {}

    /** POST /api/vorabstimmungen: ID, Absender and PKIauf are the gateway's to fill in. */
    static String va(Vorabstimmungsanfrage va) {
        ObjectNode json = JSON.createObjectNode();
        json.put("geschaeftsfall", va.geschaeftsfall().code());
        json.put("ekpAbg", va.endkundenvertragspartner().ekpAbg().value());
        json.put("kundenwunschtermin", va.kundenwunschtermin().toString());
        json.set("endkunde", inhaber(va.endkunde()));
        ArrayNode weitere = json.putArray("weitereAnschlussinhaber");
        va.weitereAnschlussinhaber().forEach(w -> weitere.add(inhaber(w)));
        if (va.projektId() != null) {
            json.putObject("projektId").put("projektkenner", va.projektId().projektkenner());
        }
        if (va.standort() != null) {
            json.set("standort", standort(va.standort()));
        }
        if (va.anschlussidentifikation() != null) {
            json.set("anschlussidentifikation", rufnummer(va.anschlussidentifikation()));
        }
        if (va.rufnummernPortierung() != null) {
            ObjectNode rnp = json.putObject("rufnummernPortierung");
            if (va.rufnummernPortierung().rufnummern() instanceof Anlagenanschluss) {
                rnp.set("anlagenanschluss", anlage((Anlagenanschluss)
                        va.rufnummernPortierung().rufnummern()));
            } else {
                rnp.set("einzelanschluss", einzel((Einzelanschluss)
                        va.rufnummernPortierung().rufnummern()));
            }
            rnp.put(
                    "portierungszeitfenster",
                    va.rufnummernPortierung().portierungszeitfenster().name());
        }
        return json.toString();
    }

    /** POST /api/vorabstimmungen/{id}/akm-tr (PKIauf is the gateway's). */
    static String akmTr(UebernahmeRessource akmTr) {
        ObjectNode json = JSON.createObjectNode();
        json.put("ressourcenuebernahme", akmTr.ressourcenuebernahme());
        ArrayNode leitungen = json.putArray("uebernahmeLeitungen");
        for (UebernahmeLeitung l : akmTr.uebernahmeLeitungen()) {
            ObjectNode leitung = leitungen.addObject();
            if (l.lineId() != null) {
                leitung.put("lineId", l.lineId().value());
            } else {
                leitung.put("vertragsnummer", l.vertragsnummer());
            }
        }
        json.put("sichererHafen", akmTr.sichererHafen());
        return json.toString();
    }

    /** PUT /api/crm/contracts/{id}: an active contract of the customer on these numbers (fixture of §4.5). */
    static String contract(
            Vorabstimmungsanfrage like, String technologie, String earliestEnd, Map<String, String> ressource) {
        ObjectNode json = JSON.createObjectNode();
        json.put("status", "ACTIVE");
        json.set("inhaber", inhaber(like.endkunde()));
        ArrayNode weitere = json.putArray("weitereInhaber");
        like.weitereAnschlussinhaber().forEach(w -> weitere.add(inhaber(w)));
        json.set("standort", standort(like.standort()));
        if (like.anschlussidentifikation() != null) {
            json.putObject("einzelanschluss").putArray("rufnummern").add(rufnummer(like.anschlussidentifikation()));
        } else if (like.rufnummernPortierung().rufnummern() instanceof Anlagenanschluss) {
            json.set("anlagenanschluss", anlage((Anlagenanschluss)
                    like.rufnummernPortierung().rufnummern()));
        } else {
            json.set("einzelanschluss", einzel((Einzelanschluss)
                    like.rufnummernPortierung().rufnummern()));
        }
        json.put("technologie", technologie);
        ObjectNode r = json.putArray("ressourcen").addObject();
        ressource.forEach(r::put);
        json.put("earliestEnd", earliestEnd);
        return json.toString();
    }

    private static ObjectNode inhaber(Anschlussinhaber inhaber) {
        ObjectNode json = JSON.createObjectNode();
        if (inhaber instanceof Person) {
            Person p = (Person) inhaber;
            ObjectNode person =
                    json.putObject("person").put("anrede", p.anrede().code()).put("nachname", p.nachname());
            if (p.vorname() != null) {
                person.put("vorname", p.vorname());
            }
        } else {
            Firma f = (Firma) inhaber;
            json.putObject("firma").put("anrede", f.anrede().code()).put("firmenname", f.firmenname());
        }
        return json;
    }

    private static ObjectNode standort(Standort s) {
        ObjectNode json = JSON.createObjectNode()
                .put("strassenname", s.strassenname())
                .put("hausnummer", s.hausnummer())
                .put("postleitzahl", s.postleitzahl())
                .put("ort", s.ort());
        if (s.hausnummernZusatz() != null) {
            json.put("hausnummernZusatz", s.hausnummernZusatz());
        }
        return json;
    }

    private static ObjectNode rufnummer(Rufnummer r) {
        return JSON.createObjectNode().put("onkz", r.onkz()).put("rufnummer", r.nummer());
    }

    private static ObjectNode anlage(Anlagenanschluss a) {
        ObjectNode json = JSON.createObjectNode()
                .put("onkz", a.onkz())
                .put("durchwahlnummer", a.durchwahlnummer())
                .put("abfragestelle", a.abfragestelle());
        ArrayNode bloecke = json.putArray("bloecke");
        for (Rufnummernblock b : a.bloecke()) {
            bloecke.addObject().put("von", b.von()).put("bis", b.bis());
        }
        return json;
    }

    private static ObjectNode einzel(Einzelanschluss e) {
        ObjectNode json = JSON.createObjectNode();
        ArrayNode numbers = json.putArray("rufnummern");
        e.rufnummern().forEach(r -> numbers.add(rufnummer(r)));
        return json;
    }
}
