package org.wbcigateway.wire.mapping;

import static org.wbcigateway.wire.mapping.Parts.map;

import java.util.List;
import org.wbcigateway.domain.code.Meldungscode;
import org.wbcigateway.domain.message.AdresseAbweichend;
import org.wbcigateway.domain.message.AdresseAbweichend.Attribut;
import org.wbcigateway.domain.message.Meldungsposition;
import org.wbcigateway.wire.v2.complex.AdresseAbweichendType;
import org.wbcigateway.wire.v2.message.MeldungsPositionABBMTRType;
import org.wbcigateway.wire.v2.message.MeldungsPositionABBMType;
import org.wbcigateway.wire.v2.message.MeldungsPositionAKMTRType;
import org.wbcigateway.wire.v2.message.MeldungsPositionERLMType;
import org.wbcigateway.wire.v2.message.MeldungsPositionRUEMVAType;

/** Wire ⇄ domain for the position types of the five Meldungen. */
final class PositionMapping {

    private PositionMapping() {}

    static Meldungsposition ruemVa(MeldungsPositionRUEMVAType p) {
        return new Meldungsposition(
                Meldungscode.fromCode(p.getMeldungscode()),
                p.getMeldungstext(),
                Parts.opt(p.getAdresseAbweichend(), PositionMapping::adresse),
                List.of());
    }

    static MeldungsPositionRUEMVAType ruemVa(Meldungsposition p) {
        MeldungsPositionRUEMVAType t = new MeldungsPositionRUEMVAType();
        t.setMeldungscode(p.meldungscode().code());
        t.setMeldungstext(p.meldungstext());
        t.setAdresseAbweichend(Parts.opt(p.adresseAbweichend(), PositionMapping::adresse));
        return t;
    }

    static Meldungsposition abbm(MeldungsPositionABBMType p) {
        return new Meldungsposition(
                Meldungscode.fromCode(p.getMeldungscode()),
                p.getMeldungstext(),
                null,
                map(p.getRufnummer(), Parts::rufnummer));
    }

    static MeldungsPositionABBMType abbm(Meldungsposition p) {
        MeldungsPositionABBMType t = new MeldungsPositionABBMType();
        t.setMeldungscode(p.meldungscode().code());
        t.setMeldungstext(p.meldungstext());
        t.getRufnummer().addAll(map(p.rufnummern(), Parts::rufnummer));
        return t;
    }

    static Meldungsposition plain(String code, String text) {
        return new Meldungsposition(Meldungscode.fromCode(code), text, null, List.of());
    }

    static MeldungsPositionAKMTRType akmTr(Meldungsposition p) {
        MeldungsPositionAKMTRType t = new MeldungsPositionAKMTRType();
        t.setMeldungscode(p.meldungscode().code());
        t.setMeldungstext(p.meldungstext());
        return t;
    }

    static MeldungsPositionABBMTRType abbmTr(Meldungsposition p) {
        MeldungsPositionABBMTRType t = new MeldungsPositionABBMTRType();
        t.setMeldungscode(p.meldungscode().code());
        t.setMeldungstext(p.meldungstext());
        return t;
    }

    static MeldungsPositionERLMType erlm(Meldungsposition p) {
        MeldungsPositionERLMType t = new MeldungsPositionERLMType();
        t.setMeldungscode(p.meldungscode().code());
        t.setMeldungstext(p.meldungstext());
        return t;
    }

    private static AdresseAbweichend adresse(AdresseAbweichendType a) {
        if (a.getStrassenname() != null) {
            return new AdresseAbweichend(Attribut.STRASSENNAME, a.getStrassenname());
        }
        if (a.getHausnummer() != null) {
            return new AdresseAbweichend(Attribut.HAUSNUMMER, a.getHausnummer());
        }
        if (a.getPostleitzahl() != null) {
            return new AdresseAbweichend(Attribut.POSTLEITZAHL, a.getPostleitzahl());
        }
        return new AdresseAbweichend(Attribut.ORT, a.getOrt());
    }

    private static AdresseAbweichendType adresse(AdresseAbweichend a) {
        AdresseAbweichendType t = new AdresseAbweichendType();
        switch (a.attribut()) {
            case STRASSENNAME -> t.setStrassenname(a.wert());
            case HAUSNUMMER -> t.setHausnummer(a.wert());
            case POSTLEITZAHL -> t.setPostleitzahl(a.wert());
            case ORT -> t.setOrt(a.wert());
        }
        return t;
    }
}
