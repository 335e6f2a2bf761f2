package org.wbcigateway.simulator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wbcigateway.domain.calendar.Bundesland;
import org.wbcigateway.domain.calendar.WorkingDayCalendar;
import org.wbcigateway.domain.code.Meldungscode;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.LineId;
import org.wbcigateway.domain.id.Portierungskennung;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Anlagenanschluss;
import org.wbcigateway.domain.message.Anrede;
import org.wbcigateway.domain.message.Anschlussinhaber;
import org.wbcigateway.domain.message.Einzelanschluss;
import org.wbcigateway.domain.message.Endkundenvertragspartner;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Meldungsposition;
import org.wbcigateway.domain.message.Person;
import org.wbcigateway.domain.message.Portierungszeitfenster;
import org.wbcigateway.domain.message.ProjektId;
import org.wbcigateway.domain.message.Ressource;
import org.wbcigateway.domain.message.Rufnummer;
import org.wbcigateway.domain.message.Rufnummern;
import org.wbcigateway.domain.message.RufnummernPortierung;
import org.wbcigateway.domain.message.Rufnummernblock;
import org.wbcigateway.domain.message.Standort;
import org.wbcigateway.domain.message.UebernahmeLeitung;
import org.wbcigateway.domain.message.UebernahmeRessource;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;

/**
 * The interop catalogue's standard data set (interop-catalogue.md §4): parties, IDs, dates, request and answer
 * content. Variations are {@link #va overrides} by name, the same names scenario files use in a step's {@code set}.
 */
public final class KftData {

    public static final CarrierCode GATEWAY = CarrierCode.of("DEU.GWAY");
    public static final CarrierCode PARTNER = CarrierCode.of("DEU.PRTN");
    public static final Portierungskennung PKI_GATEWAY = Portierungskennung.of("D000");
    public static final Portierungskennung PKI_PARTNER = Portierungskennung.of("D123");
    public static final Portierungskennung KENNUNG_TNB_ABG = Portierungskennung.of("D001");
    public static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.of(Bundesland.BY);

    public static final Person ENDKUNDE = new Person(Anrede.HERR, "John", "McFly");
    public static final Person WEITERER_INHABER = new Person(Anrede.FRAU, "Kate", "McFly");
    public static final Standort STANDORT = new Standort("Emmy-Noether-Straße", "2", "a", "80992", "München");
    public static final Anlagenanschluss ANLAGE =
            new Anlagenanschluss("89", "123456", "0", List.of(new Rufnummernblock("00", "99")));
    public static final Rufnummer ANSCHLUSS = new Rufnummer("89", "123456789");
    public static final String TECHNOLOGIE = "001 TAL ISDN";
    public static final String STORNOGRUND = "Sag ich nicht";
    public static final String VERTRAGSNUMMER = "V123456";

    /** Data set A (9.2.08–9.2.11). */
    public static final Person WEITERER_INHABER_A = new Person(Anrede.HERR, "Heinrich", "Hansen");

    public static final Standort STANDORT_A = new Standort("Berliner Allee", "12", "b", "12345", "Berlin");
    public static final Einzelanschluss EINZELANSCHLUSS_A =
            new Einzelanschluss(List.of(new Rufnummer("30", "99999999"), new Rufnummer("30", "99999998")), false);

    /** The partner's Ressourcen in its RUEM-VA (groups 1–3). */
    public static final List<Ressource> PARTNER_RESSOURCEN = List.of(
            new Ressource("V123456", null, "I123456", KENNUNG_TNB_ABG),
            new Ressource("V123457", null, "I123457", KENNUNG_TNB_ABG));
    /** The gateway's Ressource in its RUEM-VA (groups 9–11). */
    public static final List<Ressource> GATEWAY_RESSOURCEN =
            List.of(new Ressource("V123456", null, "I12345", KENNUNG_TNB_ABG));

    private KftData() {}

    /** The case ID in six digits: {@code 1.2.07} → {@code 010207}. */
    public static String caseDigits(String caseId) {
        String[] parts = caseId.replace('_', '.').replaceFirst("^TF\\.?", "").split("\\.");
        return String.format(
                "%02d%02d%02d", Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
    }

    /** e.g. {@code id(PARTNER, 'S', "7.1.01")} → {@code DEU.PRTN.SKFT070101}. */
    public static String id(CarrierCode issuer, char letter, String caseId) {
        return issuer.value() + "." + letter + "KFT" + caseDigits(caseId);
    }

    /** {@code KFT-1.2.07}. */
    public static String projektkenner(String caseId) {
        return "KFT-" + caseId;
    }

    /** The first day at least {@code n} AT after today that is a working day and whose next day is not a holiday. */
    public static LocalDate datePlusAt(LocalDate today, int n) {
        LocalDate day = CALENDAR.plusWorkingDays(today, n);
        while (!CALENDAR.isWorkingDay(day) || CALENDAR.isHoliday(day.plusDays(1))) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The catalogue's Kundenwunschtermin: {@link #datePlusAt} 14 AT. */
    public static LocalDate kwt(LocalDate today) {
        return datePlusAt(today, 14);
    }

    /**
     * The standard VA. Overrides (all optional): {@code ort}, {@code postleitzahl}, {@code strassenname},
     * {@code hausnummer}, {@code endkunde} / {@code weitererInhaber} ("Vorname Nachname", Herr),
     * {@code projektkenner}, {@code rufnummern} ("89 12345678, 89 12345679": an Einzelanschluss instead of the
     * block), {@code anschlussidentifikation} ("111 999999999"), {@code kundenwunschtermin} (ISO date),
     * {@code datensatz} ({@code A}: data set A). Without a case ID and projektkenner the VA has no ProjektId.
     */
    public static Vorabstimmungsanfrage va(
            Geschaeftsfall gf,
            Endkundenvertragspartner ekp,
            VorabstimmungsId id,
            Portierungskennung pkiAuf,
            LocalDate kwt,
            String caseId,
            Map<String, String> overrides) {
        boolean a = "A".equals(overrides.get("datensatz"));
        Standort s = a ? STANDORT_A : STANDORT;
        Standort standort = new Standort(
                overrides.getOrDefault("strassenname", s.strassenname()),
                overrides.getOrDefault("hausnummer", s.hausnummer()),
                s.hausnummernZusatz(),
                overrides.getOrDefault("postleitzahl", s.postleitzahl()),
                overrides.getOrDefault("ort", s.ort()));
        Anschlussinhaber endkunde = overrides.containsKey("endkunde") ? herr(overrides.get("endkunde")) : ENDKUNDE;
        Anschlussinhaber weiterer = overrides.containsKey("weitererInhaber")
                ? herr(overrides.get("weitererInhaber"))
                : a ? WEITERER_INHABER_A : WEITERER_INHABER;
        Rufnummern nummern = overrides.containsKey("rufnummern")
                ? new Einzelanschluss(rufnummern(overrides.get("rufnummern")), false)
                : a ? EINZELANSCHLUSS_A : ANLAGE;
        RufnummernPortierung rnp = gf.portsNumbers()
                ? new RufnummernPortierung(
                        nummern,
                        a ? Portierungszeitfenster.ZF1 : Portierungszeitfenster.ZF2,
                        gf == Geschaeftsfall.VA_RRNP ? pkiAuf : null)
                : null;
        Rufnummer anschluss = gf != Geschaeftsfall.VA_KUE_ORN
                ? null
                : overrides.containsKey("anschlussidentifikation")
                        ? rufnummern(overrides.get("anschlussidentifikation")).get(0)
                        : ANSCHLUSS;
        LocalDate date = overrides.containsKey("kundenwunschtermin")
                ? LocalDate.parse(overrides.get("kundenwunschtermin"))
                : kwt;
        return new Vorabstimmungsanfrage(
                gf,
                ekp.ekpAuf(),
                ekp,
                id,
                date,
                endkunde,
                List.of(weiterer),
                projektId(overrides.getOrDefault("projektkenner", caseId == null ? null : projektkenner(caseId))),
                gf.isKuendigung() ? standort : null,
                anschluss,
                rnp);
    }

    /**
     * The standard AKM-TR (8010, take-over of V123456, SichererHafen, PKIauf for MRN). Overrides:
     * {@code vertragsnummer}, {@code lineId} (instead of a vertragsnummer), {@code ressourcenuebernahme}
     * ({@code false}: no UebernahmeLeitung), {@code sichererHafen}.
     */
    public static UebernahmeRessource akmTr(
            Endkundenvertragspartner ekp,
            VorabstimmungsId vaId,
            Geschaeftsfall gf,
            Portierungskennung pkiAuf,
            Map<String, String> overrides) {
        boolean uebernahme = Boolean.parseBoolean(overrides.getOrDefault("ressourcenuebernahme", "true"));
        List<UebernahmeLeitung> leitungen = new ArrayList<>();
        if (uebernahme) {
            leitungen.add(
                    overrides.containsKey("lineId")
                            ? UebernahmeLeitung.ofLineId(LineId.of(overrides.get("lineId")))
                            : UebernahmeLeitung.ofVertragsnummer(
                                    overrides.getOrDefault("vertragsnummer", VERTRAGSNUMMER)));
        }
        return new UebernahmeRessource(
                ekp.ekpAuf(),
                ekp,
                vaId,
                gf,
                List.of(Meldungsposition.of(Meldungscode.AKM_TR_UEBERNAHME)),
                uebernahme,
                leitungen,
                Boolean.parseBoolean(overrides.getOrDefault("sichererHafen", "true")),
                gf == Geschaeftsfall.VA_KUE_MRN ? pkiAuf : null);
    }

    private static ProjektId projektId(String projektkenner) {
        return projektkenner == null ? null : new ProjektId(projektkenner, null);
    }

    /** "89 12345678, 89 12345679" → the numbers. */
    public static List<Rufnummer> rufnummern(String text) {
        List<Rufnummer> numbers = new ArrayList<>();
        for (String one : text.split(",")) {
            String[] parts = one.trim().split("\\s+");
            numbers.add(new Rufnummer(parts[0], parts[1]));
        }
        return numbers;
    }

    private static Person herr(String name) {
        String[] parts = name.trim().split("\\s+", 2);
        return new Person(Anrede.HERR, parts[0], parts[1]);
    }
}
