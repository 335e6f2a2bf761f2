package org.wbcigateway.wire.mapping;

import static org.wbcigateway.wire.mapping.Parts.map;
import static org.wbcigateway.wire.mapping.Parts.opt;

import org.wbcigateway.domain.id.AenderungsId;
import org.wbcigateway.domain.id.StornoId;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Anfrage;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Storno;
import org.wbcigateway.domain.message.StornoArt;
import org.wbcigateway.domain.message.Terminverschiebung;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.wire.v2.complex.RufnummernPortierungRRNPType;
import org.wbcigateway.wire.v2.complex.RufnummernPortierungType;
import org.wbcigateway.wire.v2.request.AnfrageType;
import org.wbcigateway.wire.v2.request.KuendigungMitRNPGeschaeftsfallType;
import org.wbcigateway.wire.v2.request.KuendigungOhneRNPGeschaeftsfallType;
import org.wbcigateway.wire.v2.request.ReineRufnummernportierungGeschaeftsfallType;
import org.wbcigateway.wire.v2.request.StornoAenderungEKPabgType;
import org.wbcigateway.wire.v2.request.StornoAenderungEKPaufType;
import org.wbcigateway.wire.v2.request.StornoAufhebungEKPabgType;
import org.wbcigateway.wire.v2.request.StornoAufhebungEKPaufType;
import org.wbcigateway.wire.v2.request.StornoEKPabgType;
import org.wbcigateway.wire.v2.request.StornoType;
import org.wbcigateway.wire.v2.request.TerminverschiebungType;
import org.wbcigateway.wire.v2.request.VorabstimmungsanfrageType;

/** Wire ⇄ domain for the requests (spec §5.1): the three VA types, TV and the four Stornos. */
final class AnfrageMapping {

    private AnfrageMapping() {}

    static Anfrage toDomain(AnfrageType a) {
        if (a instanceof VorabstimmungsanfrageType va) {
            return vorabstimmungsanfrage(va);
        }
        if (a instanceof TerminverschiebungType tv) {
            return new Terminverschiebung(
                    Parts.carrier(tv.getAbsender()),
                    Parts.ekp(tv.getEndkundenvertragspartner()),
                    AenderungsId.of(tv.getAenderungsId()),
                    VorabstimmungsId.of(tv.getVorabstimmungsIdRef()),
                    tv.getNeuerKundenwunschtermin());
        }
        StornoType s = (StornoType) a;
        String grund = s instanceof StornoEKPabgType abg ? abg.getStornogrund() : null;
        return new Storno(
                stornoArt(s),
                Parts.carrier(s.getAbsender()),
                Parts.ekp(s.getEndkundenvertragspartner()),
                StornoId.of(s.getStornoId()),
                VorabstimmungsId.of(s.getVorabstimmungsIdRef()),
                grund);
    }

    static AnfrageType toWire(Anfrage a) {
        AnfrageType t;
        if (a instanceof Vorabstimmungsanfrage va) {
            t = vorabstimmungsanfrage(va);
        } else if (a instanceof Terminverschiebung tv) {
            TerminverschiebungType tt = new TerminverschiebungType();
            tt.setAenderungsId(tv.aenderungsId().value());
            tt.setVorabstimmungsIdRef(tv.vorabstimmungsIdRef().value());
            tt.setNeuerKundenwunschtermin(tv.neuerKundenwunschtermin());
            t = tt;
        } else {
            t = storno((Storno) a);
        }
        t.setAbsender(Parts.carrier(a.absender()));
        t.setEndkundenvertragspartner(Parts.ekp(a.endkundenvertragspartner()));
        return t;
    }

    private static Vorabstimmungsanfrage vorabstimmungsanfrage(VorabstimmungsanfrageType va) {
        Geschaeftsfall gf;
        org.wbcigateway.domain.message.Standort standort = null;
        org.wbcigateway.domain.message.Rufnummer anschluss = null;
        org.wbcigateway.domain.message.RufnummernPortierung rnp = null;
        if (va instanceof KuendigungMitRNPGeschaeftsfallType mrn) {
            gf = Geschaeftsfall.VA_KUE_MRN;
            standort = Parts.standort(mrn.getStandort());
            rnp = Parts.rufnummernPortierung(mrn.getRufnummernPortierung(), null);
        } else if (va instanceof KuendigungOhneRNPGeschaeftsfallType orn) {
            gf = Geschaeftsfall.VA_KUE_ORN;
            standort = Parts.standort(orn.getStandort());
            anschluss = opt(orn.getAnschlussidentifikation(), Parts::rufnummer);
        } else {
            RufnummernPortierungRRNPType r =
                    ((ReineRufnummernportierungGeschaeftsfallType) va).getRufnummernPortierung();
            gf = Geschaeftsfall.VA_RRNP;
            rnp = Parts.rufnummernPortierung(r, r.getPortierungskennungPKIauf());
        }
        return new Vorabstimmungsanfrage(
                gf,
                Parts.carrier(va.getAbsender()),
                Parts.ekp(va.getEndkundenvertragspartner()),
                VorabstimmungsId.of(va.getVorabstimmungsId()),
                va.getKundenwunschtermin(),
                Parts.inhaber(va.getEndkunde()),
                map(va.getWeitereAnschlussinhaber(), Parts::inhaber),
                opt(va.getProjektId(), Parts::projektId),
                standort,
                anschluss,
                rnp);
    }

    private static VorabstimmungsanfrageType vorabstimmungsanfrage(Vorabstimmungsanfrage va) {
        VorabstimmungsanfrageType t;
        switch (va.geschaeftsfall()) {
            case VA_KUE_MRN -> {
                refuse(va.anschlussidentifikation() != null, va, "Anschlussidentifikation");
                KuendigungMitRNPGeschaeftsfallType mrn = new KuendigungMitRNPGeschaeftsfallType();
                mrn.setStandort(opt(va.standort(), Parts::standort));
                mrn.setRufnummernPortierung(opt(
                        va.rufnummernPortierung(),
                        r -> Parts.rufnummernPortierung(withoutPki(va, r), new RufnummernPortierungType())));
                t = mrn;
            }
            case VA_KUE_ORN -> {
                refuse(va.rufnummernPortierung() != null, va, "RufnummernPortierung");
                KuendigungOhneRNPGeschaeftsfallType orn = new KuendigungOhneRNPGeschaeftsfallType();
                orn.setStandort(opt(va.standort(), Parts::standort));
                orn.setAnschlussidentifikation(opt(va.anschlussidentifikation(), Parts::rufnummer));
                t = orn;
            }
            default -> {
                refuse(va.standort() != null, va, "Standort");
                refuse(va.anschlussidentifikation() != null, va, "Anschlussidentifikation");
                ReineRufnummernportierungGeschaeftsfallType rrnp = new ReineRufnummernportierungGeschaeftsfallType();
                rrnp.setRufnummernPortierung(opt(va.rufnummernPortierung(), r -> {
                    RufnummernPortierungRRNPType rt = Parts.rufnummernPortierung(r, new RufnummernPortierungRRNPType());
                    rt.setPortierungskennungPKIauf(opt(r.portierungskennungPKIauf(), p -> p.value()));
                    return rt;
                }));
                t = rrnp;
            }
        }
        t.setVorabstimmungsId(va.vorabstimmungsId().value());
        t.setKundenwunschtermin(va.kundenwunschtermin());
        t.setEndkunde(Parts.inhaber(va.endkunde()));
        t.getWeitereAnschlussinhaber().addAll(map(va.weitereAnschlussinhaber(), Parts::inhaber));
        t.setProjektId(opt(va.projektId(), Parts::projektId));
        return t;
    }

    private static org.wbcigateway.domain.message.RufnummernPortierung withoutPki(
            Vorabstimmungsanfrage va, org.wbcigateway.domain.message.RufnummernPortierung r) {
        refuse(r.portierungskennungPKIauf() != null, va, "PortierungskennungPKIauf");
        return r;
    }

    /** The wire type of this Geschaeftsfall has no place for the part: refuse rather than drop it silently. */
    private static void refuse(boolean present, Vorabstimmungsanfrage va, String part) {
        if (present) {
            throw new UnmappableMessageException(va.geschaeftsfall().code() + " has no " + part + " on the wire");
        }
    }

    private static StornoArt stornoArt(StornoType s) {
        if (s instanceof StornoAufhebungEKPaufType) {
            return StornoArt.AUFHEBUNG_EKP_AUF;
        }
        if (s instanceof StornoAenderungEKPaufType) {
            return StornoArt.AENDERUNG_EKP_AUF;
        }
        return s instanceof StornoAufhebungEKPabgType ? StornoArt.AUFHEBUNG_EKP_ABG : StornoArt.AENDERUNG_EKP_ABG;
    }

    private static StornoType storno(Storno s) {
        StornoType t = switch (s.art()) {
            case AUFHEBUNG_EKP_AUF -> new StornoAufhebungEKPaufType();
            case AENDERUNG_EKP_AUF -> new StornoAenderungEKPaufType();
            case AUFHEBUNG_EKP_ABG -> new StornoAufhebungEKPabgType();
            case AENDERUNG_EKP_ABG -> new StornoAenderungEKPabgType();
        };
        if (t instanceof StornoEKPabgType abg) {
            abg.setStornogrund(s.stornogrund());
        }
        t.setStornoId(s.stornoId().value());
        t.setVorabstimmungsIdRef(s.vorabstimmungsIdRef().value());
        return t;
    }
}
