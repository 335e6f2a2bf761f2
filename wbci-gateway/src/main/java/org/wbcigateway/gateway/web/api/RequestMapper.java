package org.wbcigateway.gateway.web.api;

import java.util.List;
import java.util.function.Function;
import org.wbcigateway.domain.code.Meldungscode;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.LineId;
import org.wbcigateway.domain.id.Portierungskennung;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.AdresseAbweichend;
import org.wbcigateway.domain.message.Anlagenanschluss;
import org.wbcigateway.domain.message.Anrede;
import org.wbcigateway.domain.message.Anschlussinhaber;
import org.wbcigateway.domain.message.Einzelanschluss;
import org.wbcigateway.domain.message.Firma;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Meldungsposition;
import org.wbcigateway.domain.message.Person;
import org.wbcigateway.domain.message.PortierteEinzelrufnummern;
import org.wbcigateway.domain.message.PortierteRufnummer;
import org.wbcigateway.domain.message.PortierteRufnummern;
import org.wbcigateway.domain.message.PortierteRufnummernbloecke;
import org.wbcigateway.domain.message.PortierterRufnummernblock;
import org.wbcigateway.domain.message.ProjektId;
import org.wbcigateway.domain.message.Ressource;
import org.wbcigateway.domain.message.Rufnummer;
import org.wbcigateway.domain.message.Rufnummern;
import org.wbcigateway.domain.message.RufnummernPortierung;
import org.wbcigateway.domain.message.Rufnummernblock;
import org.wbcigateway.domain.message.Standort;
import org.wbcigateway.domain.message.UebernahmeLeitung;
import org.wbcigateway.gateway.actions.VaDraft;
import org.wbcigateway.gateway.web.api.AnfrageRequests.VorabstimmungRequest;
import org.wbcigateway.gateway.web.api.MeldungRequests.AbbmPosition;
import org.wbcigateway.gateway.web.api.MeldungRequests.AbbmTrPosition;
import org.wbcigateway.gateway.web.api.MeldungRequests.RuemVaPosition;

/**
 * Request bodies to domain values, before any service is called: a value that breaks its simple type throws the
 * domain's {@link org.wbcigateway.domain.id.InvalidValueException}; a missing or contradictory part throws
 * {@link IllegalArgumentException}. Both are answered with 400 and nothing is stored.
 */
final class RequestMapper {

    private RequestMapper() {}

    static VorabstimmungsId vaId(String value) {
        return VorabstimmungsId.of(value);
    }

    // --- Anfragen

    static VaDraft vaDraft(VorabstimmungRequest r) {
        Geschaeftsfall gf = geschaeftsfall(required("geschaeftsfall", r.geschaeftsfall()));
        if (!gf.isVorabstimmung()) {
            throw new IllegalArgumentException(
                    "geschaeftsfall must be VA-KUE-MRN, VA-KUE-ORN or VA-RRNP, not " + gf.code());
        }
        return new VaDraft(
                gf,
                CarrierCode.of(required("ekpAbg", r.ekpAbg())),
                required("kundenwunschtermin", r.kundenwunschtermin()),
                anschlussinhaber("endkunde", required("endkunde", r.endkunde())),
                list(
                        "weitereAnschlussinhaber",
                        r.weitereAnschlussinhaber(),
                        a -> anschlussinhaber("weitereAnschlussinhaber", a)),
                r.projektId() == null
                        ? null
                        : new ProjektId(
                                r.projektId().projektkenner(), r.projektId().kopplungskenner()),
                r.standort() == null ? null : standort(r.standort()),
                r.anschlussidentifikation() == null ? null : rufnummer(r.anschlussidentifikation()),
                r.rufnummernPortierung() == null ? null : rufnummernPortierung(r.rufnummernPortierung()));
    }

    /** A Geschaeftsfall as on the wire ({@code VA-KUE-MRN}) or by its constant name ({@code VA_KUE_MRN}). */
    static Geschaeftsfall geschaeftsfall(String value) {
        for (Geschaeftsfall g : Geschaeftsfall.values()) {
            if (g.code().equals(value) || g.name().equals(value)) {
                return g;
            }
        }
        throw new IllegalArgumentException(
                "unknown geschaeftsfall '" + value + "', expected VA-KUE-MRN, VA-KUE-ORN or VA-RRNP");
    }

    static Anschlussinhaber anschlussinhaber(String field, AnfrageRequests.Anschlussinhaber a) {
        if ((a.person() == null) == (a.firma() == null)) {
            throw new IllegalArgumentException(field + " needs exactly one of person or firma");
        }
        if (a.person() != null) {
            AnfrageRequests.Person p = a.person();
            return new Person(anrede(field + ".person.anrede", p.anrede()), p.vorname(), p.nachname());
        }
        AnfrageRequests.Firma f = a.firma();
        return new Firma(anrede(field + ".firma.anrede", f.anrede()), f.firmenname(), f.firmennameZweiterTeil());
    }

    private static Anrede anrede(String field, String code) {
        required(field, code);
        for (Anrede a : Anrede.values()) {
            if (a.code().equals(code)) {
                return a;
            }
        }
        throw new IllegalArgumentException(
                field + " '" + code + "' is not one of 1 (Herr), 2 (Frau), 4 (Firma), 9 (none)");
    }

    static Standort standort(AnfrageRequests.Standort s) {
        return new Standort(s.strassenname(), s.hausnummer(), s.hausnummernZusatz(), s.postleitzahl(), s.ort());
    }

    private static Rufnummer rufnummer(AnfrageRequests.Rufnummer r) {
        return new Rufnummer(r.onkz(), r.rufnummer());
    }

    private static RufnummernPortierung rufnummernPortierung(AnfrageRequests.RufnummernPortierung r) {
        if ((r.einzelanschluss() == null) == (r.anlagenanschluss() == null)) {
            throw new IllegalArgumentException(
                    "rufnummernPortierung needs exactly one of einzelanschluss or anlagenanschluss");
        }
        return new RufnummernPortierung(
                rufnummern(r.einzelanschluss(), r.anlagenanschluss()),
                required("rufnummernPortierung.portierungszeitfenster", r.portierungszeitfenster()),
                null);
    }

    /** The numbers of a line: one of the two given (the caller checks that exactly one is). */
    static Rufnummern rufnummern(AnfrageRequests.Einzelanschluss e, AnfrageRequests.Anlagenanschluss a) {
        if (e != null) {
            return new Einzelanschluss(
                    list("einzelanschluss.rufnummern", e.rufnummern(), RequestMapper::rufnummer),
                    Boolean.TRUE.equals(e.alleRufnummern()));
        }
        return new Anlagenanschluss(
                a.onkz(),
                a.durchwahlnummer(),
                a.abfragestelle(),
                list("anlagenanschluss.bloecke", a.bloecke(), b -> new Rufnummernblock(b.von(), b.bis())));
    }

    // --- Meldungen

    static List<Meldungsposition> ruemVaPositionen(List<RuemVaPosition> positionen) {
        return list("positionen", required("positionen", positionen), p -> {
            Meldungscode code = meldungscode(p.meldungscode());
            if (p.adresseAbweichend() == null) {
                return Meldungsposition.of(code);
            }
            MeldungRequests.Adresse a = p.adresseAbweichend();
            return Meldungsposition.adresseAbweichend(
                    code, new AdresseAbweichend(required("adresseAbweichend.attribut", a.attribut()), a.wert()));
        });
    }

    static List<Ressource> ressourcen(List<MeldungRequests.Ressource> ressourcen) {
        return list(
                "ressourcen",
                ressourcen,
                r -> new Ressource(
                        r.vertragsnummer(),
                        r.lineId() == null ? null : LineId.of(r.lineId()),
                        r.identifizierer(),
                        r.kennungTNBabg() == null ? null : Portierungskennung.of(r.kennungTNBabg())));
    }

    /** {@code null} when omitted: the service then confirms the VA's numbers with our PKIabg. */
    static PortierteRufnummern portierteRufnummern(MeldungRequests.PortierteRufnummern r) {
        if (r == null) {
            return null;
        }
        if ((r.einzelrufnummern() == null) == (r.bloecke() == null)) {
            throw new IllegalArgumentException("rufnummern needs exactly one of einzelrufnummern or bloecke");
        }
        if (r.einzelrufnummern() != null) {
            return new PortierteEinzelrufnummern(list(
                    "rufnummern.einzelrufnummern",
                    r.einzelrufnummern(),
                    n -> new PortierteRufnummer(new Rufnummer(n.onkz(), n.rufnummer()), pki(n.pkiAbg()))));
        }
        MeldungRequests.PortierteBloecke b = r.bloecke();
        return new PortierteRufnummernbloecke(
                b.onkz(),
                b.durchwahlnummer(),
                b.abfragestelle(),
                list(
                        "rufnummern.bloecke.bloecke",
                        b.bloecke(),
                        x -> new PortierterRufnummernblock(new Rufnummernblock(x.von(), x.bis()), pki(x.pkiAbg()))));
    }

    static List<Meldungsposition> abbmPositionen(List<AbbmPosition> positionen) {
        return list("positionen", required("positionen", positionen), p -> {
            Meldungscode code = meldungscode(p.meldungscode());
            List<Rufnummer> numbers = list("positionen.rufnummern", p.rufnummern(), RequestMapper::rufnummer);
            return numbers.isEmpty() ? Meldungsposition.of(code) : Meldungsposition.mitRufnummern(code, numbers);
        });
    }

    static List<Meldungsposition> abbmTrPositionen(List<AbbmTrPosition> positionen) {
        return list(
                "positionen",
                required("positionen", positionen),
                p -> Meldungsposition.of(meldungscode(p.meldungscode())));
    }

    static List<UebernahmeLeitung> uebernahmeLeitungen(List<MeldungRequests.UebernahmeLeitung> leitungen) {
        return list(
                "uebernahmeLeitungen",
                leitungen,
                l -> new UebernahmeLeitung(l.lineId() == null ? null : LineId.of(l.lineId()), l.vertragsnummer()));
    }

    private static Meldungscode meldungscode(String code) {
        return Meldungscode.find(required("meldungscode", code))
                .orElseThrow(() -> new IllegalArgumentException("unknown meldungscode '" + code + "'"));
    }

    private static Portierungskennung pki(String value) {
        return Portierungskennung.of(required("pkiAbg", value));
    }

    // --- helpers

    static <T> T required(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    /** Maps each element; an absent list is empty, a null element is refused. */
    private static <A, B> List<B> list(String field, List<A> values, Function<A, B> mapper) {
        if (values == null) {
            return List.of();
        }
        return values.stream()
                .map(v -> mapper.apply(required(field + " element", v)))
                .toList();
    }
}
