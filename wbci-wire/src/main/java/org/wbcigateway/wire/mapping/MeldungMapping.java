package org.wbcigateway.wire.mapping;

import static org.wbcigateway.wire.mapping.Parts.map;
import static org.wbcigateway.wire.mapping.Parts.opt;

import org.wbcigateway.domain.id.AenderungsId;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.LineId;
import org.wbcigateway.domain.id.Portierungskennung;
import org.wbcigateway.domain.id.StornoId;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Abbruchmeldung;
import org.wbcigateway.domain.message.AbbruchmeldungTechnRessource;
import org.wbcigateway.domain.message.Endkundenvertragspartner;
import org.wbcigateway.domain.message.Erledigtmeldung;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Meldung;
import org.wbcigateway.domain.message.RueckmeldungVorabstimmung;
import org.wbcigateway.domain.message.UebernahmeLeitung;
import org.wbcigateway.domain.message.UebernahmeRessource;
import org.wbcigateway.wire.v2.complex.UebernahmeLeitungType;
import org.wbcigateway.wire.v2.enumeration.GeschaeftsfallType;
import org.wbcigateway.wire.v2.message.AbbruchmeldungTechnRessourceType;
import org.wbcigateway.wire.v2.message.AbbruchmeldungType;
import org.wbcigateway.wire.v2.message.ErledigtmeldungType;
import org.wbcigateway.wire.v2.message.MeldungType;
import org.wbcigateway.wire.v2.message.RueckmeldungVorabstimmungType;
import org.wbcigateway.wire.v2.message.UebernahmeRessourceMeldungType;

/** Wire ⇄ domain for the five Meldungen (spec §5.2). */
final class MeldungMapping {

    private MeldungMapping() {}

    static Meldung toDomain(MeldungType m) {
        CarrierCode absender = Parts.carrier(m.getAbsender());
        Endkundenvertragspartner ekp = Parts.ekp(m.getEndkundenvertragspartner());
        VorabstimmungsId ref = VorabstimmungsId.of(m.getVorabstimmungsIdRef());
        Geschaeftsfall gf = Geschaeftsfall.fromCode(m.getGeschaeftsfall().value());
        if (m instanceof RueckmeldungVorabstimmungType r) {
            return new RueckmeldungVorabstimmung(
                    absender,
                    ekp,
                    ref,
                    gf,
                    map(r.getPosition(), PositionMapping::ruemVa),
                    r.getWechseltermin(),
                    r.getTechnologie(),
                    map(r.getRessource(), RessourceMapping::toDomain),
                    opt(r.getRufnummernPortierung(), RessourceMapping::portierung));
        }
        if (m instanceof AbbruchmeldungType a) {
            return new Abbruchmeldung(
                    absender,
                    ekp,
                    ref,
                    gf,
                    map(a.getPosition(), PositionMapping::abbm),
                    a.getWechseltermin(),
                    opt(a.getStornoIdRef(), StornoId::of),
                    opt(a.getAenderungsIdRef(), AenderungsId::of),
                    a.getBegruendung());
        }
        if (m instanceof UebernahmeRessourceMeldungType u) {
            return new UebernahmeRessource(
                    absender,
                    ekp,
                    ref,
                    gf,
                    map(u.getPosition(), p -> PositionMapping.plain(p.getMeldungscode(), p.getMeldungstext())),
                    u.isRessourcenuebernahme(),
                    map(u.getUebernahmeLeitung(), MeldungMapping::leitung),
                    u.isSichererHafen(),
                    opt(u.getPortierungskennungPKIauf(), Portierungskennung::of));
        }
        if (m instanceof AbbruchmeldungTechnRessourceType t) {
            return new AbbruchmeldungTechnRessource(
                    absender,
                    ekp,
                    ref,
                    gf,
                    map(t.getPosition(), p -> PositionMapping.plain(p.getMeldungscode(), p.getMeldungstext())));
        }
        ErledigtmeldungType e = (ErledigtmeldungType) m;
        return new Erledigtmeldung(
                absender,
                ekp,
                ref,
                gf,
                map(e.getPosition(), p -> PositionMapping.plain(p.getMeldungscode(), p.getMeldungstext())),
                e.getWechseltermin(),
                opt(e.getStornoIdRef(), StornoId::of),
                opt(e.getAenderungsIdRef(), AenderungsId::of));
    }

    static MeldungType toWire(Meldung m) {
        MeldungType t;
        if (m instanceof RueckmeldungVorabstimmung r) {
            RueckmeldungVorabstimmungType rt = new RueckmeldungVorabstimmungType();
            rt.getPosition().addAll(map(r.positionen(), PositionMapping::ruemVa));
            rt.setWechseltermin(r.wechseltermin());
            rt.setTechnologie(r.technologie());
            rt.getRessource().addAll(map(r.ressourcen(), RessourceMapping::toWire));
            rt.setRufnummernPortierung(opt(r.rufnummernPortierung(), RessourceMapping::portierung));
            t = rt;
        } else if (m instanceof Abbruchmeldung a) {
            AbbruchmeldungType at = new AbbruchmeldungType();
            at.getPosition().addAll(map(a.positionen(), PositionMapping::abbm));
            at.setWechseltermin(a.wechseltermin());
            at.setStornoIdRef(opt(a.stornoIdRef(), StornoId::value));
            at.setAenderungsIdRef(opt(a.aenderungsIdRef(), AenderungsId::value));
            at.setBegruendung(a.begruendung());
            t = at;
        } else if (m instanceof UebernahmeRessource u) {
            UebernahmeRessourceMeldungType ut = new UebernahmeRessourceMeldungType();
            ut.getPosition().addAll(map(u.positionen(), PositionMapping::akmTr));
            ut.setRessourcenuebernahme(u.ressourcenuebernahme());
            ut.getUebernahmeLeitung().addAll(map(u.uebernahmeLeitungen(), MeldungMapping::leitung));
            ut.setSichererHafen(u.sichererHafen());
            ut.setPortierungskennungPKIauf(opt(u.portierungskennungPKIauf(), Portierungskennung::value));
            t = ut;
        } else if (m instanceof AbbruchmeldungTechnRessource a) {
            AbbruchmeldungTechnRessourceType at = new AbbruchmeldungTechnRessourceType();
            at.getPosition().addAll(map(a.positionen(), PositionMapping::abbmTr));
            t = at;
        } else {
            Erledigtmeldung e = (Erledigtmeldung) m;
            ErledigtmeldungType et = new ErledigtmeldungType();
            et.getPosition().addAll(map(e.positionen(), PositionMapping::erlm));
            et.setWechseltermin(e.wechseltermin());
            et.setStornoIdRef(opt(e.stornoIdRef(), StornoId::value));
            et.setAenderungsIdRef(opt(e.aenderungsIdRef(), AenderungsId::value));
            t = et;
        }
        t.setAbsender(Parts.carrier(m.absender()));
        t.setEndkundenvertragspartner(Parts.ekp(m.endkundenvertragspartner()));
        t.setVorabstimmungsIdRef(m.vorabstimmungsId().value());
        t.setGeschaeftsfall(GeschaeftsfallType.fromValue(m.geschaeftsfall().code()));
        return t;
    }

    private static UebernahmeLeitung leitung(UebernahmeLeitungType l) {
        return new UebernahmeLeitung(opt(l.getLineID(), LineId::of), l.getVertragsnummer());
    }

    private static UebernahmeLeitungType leitung(UebernahmeLeitung l) {
        UebernahmeLeitungType t = new UebernahmeLeitungType();
        t.setLineID(opt(l.lineId(), LineId::value));
        t.setVertragsnummer(l.vertragsnummer());
        return t;
    }
}
