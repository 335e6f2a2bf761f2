package org.wbcigateway.wire.mapping;

import java.util.List;
import java.util.function.Function;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.Portierungskennung;
import org.wbcigateway.domain.message.Anlagenanschluss;
import org.wbcigateway.domain.message.Anrede;
import org.wbcigateway.domain.message.Anschlussinhaber;
import org.wbcigateway.domain.message.Control;
import org.wbcigateway.domain.message.Einzelanschluss;
import org.wbcigateway.domain.message.Endkundenvertragspartner;
import org.wbcigateway.domain.message.Firma;
import org.wbcigateway.domain.message.Person;
import org.wbcigateway.domain.message.Portierungszeitfenster;
import org.wbcigateway.domain.message.ProjektId;
import org.wbcigateway.domain.message.Rufnummer;
import org.wbcigateway.domain.message.RufnummernPortierung;
import org.wbcigateway.domain.message.Rufnummernblock;
import org.wbcigateway.domain.message.Standort;
import org.wbcigateway.wire.v2.complex.AnlagenanschlussType;
import org.wbcigateway.wire.v2.complex.CarrierType;
import org.wbcigateway.wire.v2.complex.EinzelanschlussType;
import org.wbcigateway.wire.v2.complex.EndkundeType;
import org.wbcigateway.wire.v2.complex.EndkundenvertragspartnerType;
import org.wbcigateway.wire.v2.complex.FirmaType;
import org.wbcigateway.wire.v2.complex.OnkzDurchwahlAbfragestelleType;
import org.wbcigateway.wire.v2.complex.OnkzRufnummerType;
import org.wbcigateway.wire.v2.complex.PersonType;
import org.wbcigateway.wire.v2.complex.ProjektIdType;
import org.wbcigateway.wire.v2.complex.RufnummernPortierungType;
import org.wbcigateway.wire.v2.complex.RufnummernblockType;
import org.wbcigateway.wire.v2.complex.RufnummernlisteType;
import org.wbcigateway.wire.v2.complex.SignaturIdType;
import org.wbcigateway.wire.v2.complex.StandortType;
import org.wbcigateway.wire.v2.complex.StrasseType;
import org.wbcigateway.wire.v2.enumeration.AnredeFirmaType;
import org.wbcigateway.wire.v2.enumeration.AnredePersonType;
import org.wbcigateway.wire.v2.enumeration.PortierungszeitfensterType;
import org.wbcigateway.wire.v2.envelope.ControlType;

/** Wire ⇄ domain for the structures shared by several messages (spec §5.1). */
final class Parts {

    private Parts() {}

    static <A, B> List<B> map(List<A> values, Function<A, B> f) {
        return values.stream().map(f).toList();
    }

    static <A, B> B opt(A value, Function<A, B> f) {
        return value == null ? null : f.apply(value);
    }

    // --- Control

    static Control control(ControlType c) {
        SignaturIdType s = c.getSignaturId();
        return new Control(
                c.getZeitstempel(),
                c.getMajorRelease(),
                c.getMinorRelease(),
                new Control.SignaturId(s.getIssuer(), s.getSerial()));
    }

    static ControlType control(Control c) {
        ControlType t = new ControlType();
        t.setZeitstempel(c.zeitstempel());
        t.setMajorRelease(c.majorRelease());
        t.setMinorRelease(c.minorRelease());
        SignaturIdType s = new SignaturIdType();
        s.setIssuer(c.signaturId().issuer());
        s.setSerial(c.signaturId().serial());
        t.setSignaturId(s);
        return t;
    }

    // --- parties

    static CarrierCode carrier(CarrierType c) {
        return CarrierCode.of(c.getCarrierCode());
    }

    static CarrierType carrier(CarrierCode c) {
        CarrierType t = new CarrierType();
        t.setCarrierCode(c.value());
        return t;
    }

    static Endkundenvertragspartner ekp(EndkundenvertragspartnerType e) {
        return new Endkundenvertragspartner(carrier(e.getEKPauf()), carrier(e.getEKPabg()));
    }

    static EndkundenvertragspartnerType ekp(Endkundenvertragspartner e) {
        EndkundenvertragspartnerType t = new EndkundenvertragspartnerType();
        t.setEKPauf(carrier(e.ekpAuf()));
        t.setEKPabg(carrier(e.ekpAbg()));
        return t;
    }

    static Anschlussinhaber inhaber(EndkundeType e) {
        if (e.getPerson() != null) {
            PersonType p = e.getPerson();
            return new Person(Anrede.fromCode(p.getAnrede().value()), p.getVorname(), p.getNachname());
        }
        FirmaType f = e.getFirma();
        return new Firma(Anrede.fromCode(f.getAnrede().value()), f.getFirmenname(), f.getFirmennameZweiterTeil());
    }

    static EndkundeType inhaber(Anschlussinhaber a) {
        EndkundeType t = new EndkundeType();
        if (a instanceof Person p) {
            PersonType pt = new PersonType();
            pt.setAnrede(AnredePersonType.fromValue(p.anrede().code()));
            pt.setVorname(p.vorname());
            pt.setNachname(p.nachname());
            t.setPerson(pt);
        } else {
            Firma f = (Firma) a;
            FirmaType ft = new FirmaType();
            ft.setAnrede(AnredeFirmaType.fromValue(f.anrede().code()));
            ft.setFirmenname(f.firmenname());
            ft.setFirmennameZweiterTeil(f.firmennameZweiterTeil());
            t.setFirma(ft);
        }
        return t;
    }

    static ProjektId projektId(ProjektIdType p) {
        return new ProjektId(p.getProjektkenner(), p.getKopplungskenner());
    }

    static ProjektIdType projektId(ProjektId p) {
        ProjektIdType t = new ProjektIdType();
        t.setProjektkenner(p.projektkenner());
        t.setKopplungskenner(p.kopplungskenner());
        return t;
    }

    static Standort standort(StandortType s) {
        StrasseType str = s.getStrasse();
        return new Standort(
                str.getStrassenname(),
                str.getHausnummer(),
                str.getHausnummernZusatz(),
                s.getPostleitzahl(),
                s.getOrt());
    }

    static StandortType standort(Standort s) {
        StrasseType str = new StrasseType();
        str.setStrassenname(s.strassenname());
        str.setHausnummer(s.hausnummer());
        str.setHausnummernZusatz(s.hausnummernZusatz());
        StandortType t = new StandortType();
        t.setStrasse(str);
        t.setPostleitzahl(s.postleitzahl());
        t.setOrt(s.ort());
        return t;
    }

    // --- numbers

    static Rufnummer rufnummer(OnkzRufnummerType r) {
        return new Rufnummer(r.getONKZ(), r.getRufnummer());
    }

    static <T extends OnkzRufnummerType> T rufnummer(Rufnummer r, T t) {
        t.setONKZ(r.onkz());
        t.setRufnummer(r.nummer());
        return t;
    }

    static OnkzRufnummerType rufnummer(Rufnummer r) {
        return rufnummer(r, new OnkzRufnummerType());
    }

    static Rufnummernblock block(RufnummernblockType b) {
        return new Rufnummernblock(b.getRnrBlockVon(), b.getRnrBlockBis());
    }

    static <T extends RufnummernblockType> T block(Rufnummernblock b, T t) {
        t.setRnrBlockVon(b.von());
        t.setRnrBlockBis(b.bis());
        return t;
    }

    static OnkzDurchwahlAbfragestelleType anlage(String onkz, String durchwahl, String abfragestelle) {
        OnkzDurchwahlAbfragestelleType t = new OnkzDurchwahlAbfragestelleType();
        t.setONKZ(onkz);
        t.setDurchwahlnummer(durchwahl);
        t.setAbfragestelle(abfragestelle);
        return t;
    }

    /** The RufnummernPortierung of a VA; {@code pkiAuf} is read by the caller for VA-RRNP. */
    static RufnummernPortierung rufnummernPortierung(RufnummernPortierungType r, String pkiAuf) {
        Portierungszeitfenster zf =
                Portierungszeitfenster.valueOf(r.getPortierungszeitfenster().value());
        Portierungskennung pki = opt(pkiAuf, Portierungskennung::of);
        if (r.getEinzelanschluss() != null) {
            EinzelanschlussType e = r.getEinzelanschluss();
            return new RufnummernPortierung(
                    new Einzelanschluss(
                            map(e.getRufnummernliste().getZuPortierendeOnkzRnr(), Parts::rufnummer),
                            Boolean.TRUE.equals(e.isAlleRufnummern())),
                    zf,
                    pki);
        }
        AnlagenanschlussType a = r.getAnlagenanschluss();
        OnkzDurchwahlAbfragestelleType k = a.getOnkzDurchwahlAbfragestelle();
        return new RufnummernPortierung(
                new Anlagenanschluss(
                        k.getONKZ(),
                        k.getDurchwahlnummer(),
                        k.getAbfragestelle(),
                        map(a.getZuPortierenderRufnummernblock(), Parts::block)),
                zf,
                pki);
    }

    static <T extends RufnummernPortierungType> T rufnummernPortierung(RufnummernPortierung r, T t) {
        t.setPortierungszeitfenster(
                PortierungszeitfensterType.fromValue(r.portierungszeitfenster().name()));
        if (r.rufnummern() instanceof Einzelanschluss e) {
            RufnummernlisteType liste = new RufnummernlisteType();
            liste.getZuPortierendeOnkzRnr().addAll(map(e.rufnummern(), Parts::rufnummer));
            EinzelanschlussType et = new EinzelanschlussType();
            et.setRufnummernliste(liste);
            et.setAlleRufnummern(e.alleRufnummern() ? Boolean.TRUE : null);
            t.setEinzelanschluss(et);
        } else {
            Anlagenanschluss a = (Anlagenanschluss) r.rufnummern();
            AnlagenanschlussType at = new AnlagenanschlussType();
            at.setOnkzDurchwahlAbfragestelle(anlage(a.onkz(), a.durchwahlnummer(), a.abfragestelle()));
            at.getZuPortierenderRufnummernblock().addAll(map(a.bloecke(), b -> block(b, new RufnummernblockType())));
            t.setAnlagenanschluss(at);
        }
        return t;
    }
}
