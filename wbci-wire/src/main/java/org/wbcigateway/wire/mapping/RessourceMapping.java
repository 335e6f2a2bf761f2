package org.wbcigateway.wire.mapping;

import static org.wbcigateway.wire.mapping.Parts.map;
import static org.wbcigateway.wire.mapping.Parts.opt;

import org.wbcigateway.domain.id.LineId;
import org.wbcigateway.domain.id.Portierungskennung;
import org.wbcigateway.domain.message.PortierteEinzelrufnummern;
import org.wbcigateway.domain.message.PortierteRufnummer;
import org.wbcigateway.domain.message.PortierteRufnummern;
import org.wbcigateway.domain.message.PortierteRufnummernbloecke;
import org.wbcigateway.domain.message.PortierterRufnummernblock;
import org.wbcigateway.domain.message.Ressource;
import org.wbcigateway.wire.v2.complex.OnkzDurchwahlAbfragestelleType;
import org.wbcigateway.wire.v2.complex.OnkzRufnummerPKIabgType;
import org.wbcigateway.wire.v2.complex.PortierungRufnummernType;
import org.wbcigateway.wire.v2.complex.PortierungRufnummernbloeckeType;
import org.wbcigateway.wire.v2.complex.RessourceType;
import org.wbcigateway.wire.v2.complex.RufnummernPortierungMeldungType;
import org.wbcigateway.wire.v2.complex.RufnummernblockPKIabgType;

/** Wire ⇄ domain for what a RUEM-VA confirms: the line's Ressourcen and the numbers with their PKIabg. */
final class RessourceMapping {

    private RessourceMapping() {}

    static Ressource toDomain(RessourceType r) {
        return new Ressource(
                r.getVertragsnummer(),
                opt(r.getLineID(), LineId::of),
                r.getIdentifizierer(),
                opt(r.getKennungTNBabg(), Portierungskennung::of));
    }

    static RessourceType toWire(Ressource r) {
        RessourceType t = new RessourceType();
        t.setVertragsnummer(r.vertragsnummer());
        t.setLineID(opt(r.lineId(), LineId::value));
        t.setIdentifizierer(r.identifizierer());
        t.setKennungTNBabg(opt(r.kennungTNBabg(), Portierungskennung::value));
        return t;
    }

    static PortierteRufnummern portierung(RufnummernPortierungMeldungType r) {
        if (r.getPortierungRufnummern() != null) {
            return new PortierteEinzelrufnummern(map(
                    r.getPortierungRufnummern().getZuPortierendeOnkzRnr(),
                    n -> new PortierteRufnummer(
                            Parts.rufnummer(n), Portierungskennung.of(n.getPortierungskennungPKIabg()))));
        }
        PortierungRufnummernbloeckeType b = r.getPortierungRufnummernbloecke();
        OnkzDurchwahlAbfragestelleType k = b.getOnkzDurchwahlAbfragestelle();
        return new PortierteRufnummernbloecke(
                k.getONKZ(),
                k.getDurchwahlnummer(),
                k.getAbfragestelle(),
                map(
                        b.getZuPortierenderRufnummernblock(),
                        x -> new PortierterRufnummernblock(
                                Parts.block(x), Portierungskennung.of(x.getPortierungskennungPKIabg()))));
    }

    static RufnummernPortierungMeldungType portierung(PortierteRufnummern p) {
        RufnummernPortierungMeldungType t = new RufnummernPortierungMeldungType();
        if (p instanceof PortierteEinzelrufnummern e) {
            PortierungRufnummernType rt = new PortierungRufnummernType();
            rt.getZuPortierendeOnkzRnr().addAll(map(e.rufnummern(), n -> {
                OnkzRufnummerPKIabgType nt = Parts.rufnummer(n.rufnummer(), new OnkzRufnummerPKIabgType());
                nt.setPortierungskennungPKIabg(n.portierungskennungPKIabg().value());
                return nt;
            }));
            t.setPortierungRufnummern(rt);
        } else {
            PortierteRufnummernbloecke b = (PortierteRufnummernbloecke) p;
            PortierungRufnummernbloeckeType bt = new PortierungRufnummernbloeckeType();
            bt.setOnkzDurchwahlAbfragestelle(Parts.anlage(b.onkz(), b.durchwahlnummer(), b.abfragestelle()));
            bt.getZuPortierenderRufnummernblock().addAll(map(b.bloecke(), x -> {
                RufnummernblockPKIabgType xt = Parts.block(x.block(), new RufnummernblockPKIabgType());
                xt.setPortierungskennungPKIabg(x.portierungskennungPKIabg().value());
                return xt;
            }));
            t.setPortierungRufnummernbloecke(bt);
        }
        return t;
    }
}
