package org.wbcigateway.domain.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.wbcigateway.domain.code.Meldungscode;
import org.wbcigateway.domain.deadline.DateKind;
import org.wbcigateway.domain.deadline.Terminpruefung;
import org.wbcigateway.domain.id.Portierungskennung;
import org.wbcigateway.domain.message.AdresseAbweichend;
import org.wbcigateway.domain.message.Anschlussinhaber;
import org.wbcigateway.domain.message.Firma;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Meldungsposition;
import org.wbcigateway.domain.message.Person;
import org.wbcigateway.domain.message.Portierungsbestaetigung;
import org.wbcigateway.domain.message.Rufnummer;
import org.wbcigateway.domain.message.Standort;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;

/**
 * Decides an incoming VA from the CRM's contract data as the EKPabg, by the rows of {@link DecisionRule} in order.
 * Stateless; the dates come from {@link Terminpruefung}: the one for the RUEM-VA we send
 * ({@link org.wbcigateway.domain.deadline.PartyCalendars#outgoing}), so a proposed Wechseltermin suits both parties.
 */
public final class VaDecisionTable {

    private final Set<String> bekannteProjektkenner;
    private final Portierungskennung eigenePki;
    private final Terminpruefung termine;

    /**
     * @param bekannteProjektkenner the Projektkenner agreed with partners (a VA naming another one gets UPK)
     * @param eigenePki             our Portierungskennung, confirmed as PKIabg with the numbers
     */
    public VaDecisionTable(Set<String> bekannteProjektkenner, Portierungskennung eigenePki, Terminpruefung termine) {
        this.bekannteProjektkenner = Set.copyOf(bekannteProjektkenner);
        this.eigenePki = eigenePki;
        this.termine = termine;
    }

    public Entscheidung decide(Vorabstimmungsanfrage va, Vertragssuche suche) {
        if (va.projektId() != null
                && !bekannteProjektkenner.contains(va.projektId().projektkenner())) {
            return abbm(
                    DecisionRule.PROJEKT_UNBEKANNT,
                    List.of(Meldungsposition.of(Meldungscode.UPK)),
                    "Projektkenner " + va.projektId().projektkenner() + " unbekannt");
        }
        if (suche instanceof Vertragssuche.Mehrdeutig m) {
            return new Entscheidung.Pruefung(DecisionRule.VERTRAG_MEHRDEUTIG, m.vertragIds());
        }
        if (suche instanceof Vertragssuche.NichtGefunden) {
            return notFound(va);
        }
        Vertrag vertrag = ((Vertragssuche.Gefunden) suche).vertrag();
        if (va.rufnummernPortierung() != null) {
            NumberMatch numbers = NumberMatch.of(va.rufnummernPortierung().rufnummern(), vertrag.rufnummern());
            if (!numbers.unmatched().isEmpty()) {
                return abbm(
                        DecisionRule.RUFNUMMERN_FREMD,
                        List.of(Meldungsposition.mitRufnummern(
                                Meldungscode.RNG, NumberMatch.numbersOf(vertrag.rufnummern()))),
                        "Rufnummern "
                                + numbers.unmatched().stream()
                                        .map(n -> n.onkz() + " " + n.nummer())
                                        .collect(Collectors.joining(", "))
                                + " nicht im Bestand");
            }
        }
        HolderMatch holder = HolderMatch.of(va.endkunde(), vertrag.inhaber());
        if (holder == HolderMatch.NONE) {
            return abbm(DecisionRule.KUNDE_NICHT_IDENTIFIZIERBAR, List.of(Meldungsposition.of(Meldungscode.KNI)), null);
        }
        if (vertrag.andereVorabstimmungOffen()) {
            return abbm(DecisionRule.ANDERE_VORABSTIMMUNG, List.of(Meldungsposition.of(Meldungscode.VAE)), null);
        }
        List<Meldungsposition> refusals = new ArrayList<>();
        List<DecisionRule> broken = new ArrayList<>();
        if (holder == HolderMatch.SURNAME_DIFFERS) {
            add(refusals, broken, Meldungscode.AIF, DecisionRule.INHABER_FALSCH);
        } else if (holder == HolderMatch.FIRST_NAME_DIFFERS) {
            add(refusals, broken, Meldungscode.AIFVN, DecisionRule.INHABER_VORNAME_FALSCH);
        }
        if (!sameHolders(va.weitereAnschlussinhaber(), vertrag.weitereInhaber())) {
            add(refusals, broken, Meldungscode.WAI, DecisionRule.WEITERE_INHABER_FALSCH);
        }
        List<Meldungsposition> corrections = new ArrayList<>();
        if (va.geschaeftsfall().isKuendigung() && va.standort() != null && vertrag.standort() != null) {
            compareAddress(va.standort(), vertrag.standort(), refusals, broken, corrections);
        }
        if (!refusals.isEmpty()) {
            return abbm(broken.get(0), refusals, null);
        }
        return agree(va, vertrag, corrections);
    }

    /** No contract: RNG with the numbers the VA names (an ORN its Anschlussidentifikation); KNI if it names none. */
    private Entscheidung notFound(Vorabstimmungsanfrage va) {
        List<Rufnummer> named = va.rufnummernPortierung() != null
                ? NumberMatch.numbersOf(va.rufnummernPortierung().rufnummern())
                : va.anschlussidentifikation() != null ? List.of(va.anschlussidentifikation()) : List.of();
        if (named.isEmpty()) {
            return abbm(DecisionRule.KUNDE_NICHT_IDENTIFIZIERBAR, List.of(Meldungsposition.of(Meldungscode.KNI)), null);
        }
        return abbm(
                DecisionRule.RUFNUMMERN_FREMD, List.of(Meldungsposition.mitRufnummern(Meldungscode.RNG, named)), null);
    }

    private void compareAddress(
            Standort va,
            Standort crm,
            List<Meldungsposition> refusals,
            List<DecisionRule> broken,
            List<Meldungsposition> corrections) {
        boolean plz = va.postleitzahl().equals(crm.postleitzahl());
        boolean street = Normalized.street(va.strassenname()).equals(Normalized.street(crm.strassenname()));
        boolean number = va.hausnummer().equals(crm.hausnummer())
                && Normalized.same(va.hausnummernZusatz(), crm.hausnummernZusatz());
        boolean ort = Normalized.same(va.ort(), crm.ort());
        if (!plz) {
            add(refusals, broken, Meldungscode.ADFPLZ, DecisionRule.ADRESSE_FALSCH);
        }
        if (!street) {
            add(refusals, broken, Meldungscode.ADFSTR, DecisionRule.ADRESSE_FALSCH);
        }
        if (!number) {
            add(refusals, broken, Meldungscode.ADFHSNR, DecisionRule.ADRESSE_FALSCH);
        }
        if (!ort && (!plz || !street || !number)) {
            add(refusals, broken, Meldungscode.ADFORT, DecisionRule.ADRESSE_FALSCH);
        } else if (!ort) {
            corrections.add(Meldungsposition.adresseAbweichend(
                    Meldungscode.ADAORT, new AdresseAbweichend(AdresseAbweichend.Attribut.ORT, crm.ort())));
        }
    }

    private Entscheidung agree(Vorabstimmungsanfrage va, Vertrag vertrag, List<Meldungsposition> corrections) {
        Geschaeftsfall gf = va.geschaeftsfall();
        LocalDate wechseltermin = va.kundenwunschtermin();
        DecisionRule rule = corrections.isEmpty() ? DecisionRule.ZUSTIMMUNG : DecisionRule.ORT_ABWEICHEND;
        LocalDate end = vertrag.fruehestesVertragsende();
        if (gf.isKuendigung() && end == null) {
            return new Entscheidung.Pruefung(DecisionRule.DATEN_UNVOLLSTAENDIG, List.of(vertrag.vertragId()));
        }
        if (end != null && wechseltermin.isBefore(end)) {
            wechseltermin = termine.earliestDate(termine.requirement(DateKind.WECHSELTERMIN, gf), end);
            rule = DecisionRule.TERMIN_NACH_VERTRAGSENDE;
        }
        List<Meldungsposition> positionen = new ArrayList<>();
        positionen.add(Meldungsposition.of(
                wechseltermin.equals(va.kundenwunschtermin()) ? Meldungscode.ZWA : Meldungscode.NAT));
        positionen.addAll(corrections);
        return new Entscheidung.Zustimmung(
                rule,
                positionen,
                wechseltermin,
                gf.isKuendigung() ? vertrag.technologie() : null,
                gf.isKuendigung() ? vertrag.ressourcen() : List.of(),
                gf.portsNumbers() ? Portierungsbestaetigung.of(va.rufnummernPortierung(), eigenePki) : null);
    }

    private static boolean sameHolders(List<Anschlussinhaber> va, List<Anschlussinhaber> crm) {
        Set<String> a = va.stream().map(VaDecisionTable::key).collect(Collectors.toSet());
        Set<String> b = crm.stream().map(VaDecisionTable::key).collect(Collectors.toSet());
        return a.equals(b);
    }

    private static String key(Anschlussinhaber inhaber) {
        return inhaber instanceof Person p
                ? "P:" + Normalized.text(p.vorname()) + "|" + Normalized.text(p.nachname())
                : "F:" + Normalized.text(((Firma) inhaber).firmenname());
    }

    private static void add(
            List<Meldungsposition> positions, List<DecisionRule> rules, Meldungscode code, DecisionRule rule) {
        positions.add(Meldungsposition.of(code));
        rules.add(rule);
    }

    private static Entscheidung abbm(DecisionRule rule, List<Meldungsposition> positionen, String begruendung) {
        return new Entscheidung.Ablehnung(rule, positionen, begruendung);
    }

    /** How the VA's Endkunde compares with the contract's holder. */
    enum HolderMatch {
        SAME,
        FIRST_NAME_DIFFERS,
        SURNAME_DIFFERS,
        NONE;

        static HolderMatch of(Anschlussinhaber va, Anschlussinhaber crm) {
            if (va instanceof Person p && crm instanceof Person c) {
                boolean surname = Normalized.same(p.nachname(), c.nachname());
                boolean first = p.vorname() == null || c.vorname() == null || Normalized.same(p.vorname(), c.vorname());
                return surname ? (first ? SAME : FIRST_NAME_DIFFERS) : (first ? SURNAME_DIFFERS : NONE);
            }
            if (va instanceof Firma f && crm instanceof Firma c) {
                return Normalized.same(f.firmenname(), c.firmenname()) ? SAME : SURNAME_DIFFERS;
            }
            return NONE;
        }
    }
}
