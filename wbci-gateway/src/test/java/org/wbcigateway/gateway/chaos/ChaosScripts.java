package org.wbcigateway.gateway.chaos;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/**
 * The scripts the chaos driver plays, one Vorabstimmung (or two, for a Storno-Aenderung and its new VA) each, with
 * the state every script must end in on both sides and the exact messages of its timeline.
 * <p>
 * DEU.AAAA (A) is the EKPauf: the driver acts for it over its REST API, including its answers to B's Stornos
 * (A runs in decision mode REVIEW). DEU.BBBB (B) is the EKPabg in decision mode AUTOMATIC with a contract per
 * customer in its built-in CRM, so B answers VAs (RUEM-VA ZWA/NAT, ABBM KNI), TVs and Stornos (ERLM), and AKM-TRs
 * (ABBM-TR 8143 for an unknown contract number) by itself, in its DecisionWorker; what its rules cannot decide (a
 * contract without an earliest end) lands in its review queue and the driver answers it over B's REST API, as an
 * operator would, and B's own Stornos are sent over its REST API too.
 */
final class ChaosScripts {

    static final String KWT = "2026-12-16";
    static final String TV_DATE = "2026-12-29";
    /** A contract ending 2027-01-16 (Saturday): B answers NAT with the next possible date. */
    static final String LATE_END = "2027-01-16";

    static final String NAT_DATE = "2027-01-18";
    static final String EARLY_END = "2026-12-01";

    private ChaosScripts() {}

    enum Gf {
        MRN("VA-KUE-MRN", "VA_KUE_MRN"),
        ORN("VA-KUE-ORN", "VA_KUE_ORN"),
        RRNP("VA-RRNP", "VA_RRNP");

        final String code;
        final String type;

        Gf(String code, String type) {
            this.code = code;
            this.type = type;
        }

        boolean kue() {
            return this != RRNP;
        }
    }

    /** How A starts the VA: its REST API with the full VA, or a switch from a won contract in its CRM. */
    enum Start {
        API,
        SWITCH
    }

    enum Script {
        /** VA, RUEM-VA ZWA, AKM-TR. */
        AGREE_AKM(true),
        /** VA, RUEM-VA ZWA. */
        AGREE(false),
        /** VA, RUEM-VA NAT (the contract ends after the wish date). */
        NAT(false),
        /** VA, ABBM 8117 KNI (another line holder). */
        KNI(false),
        /** VA, RUEM-VA, TV, ERLM (new date). */
        TV_ERLM(false),
        /** VA, RUEM-VA, AKM-TR, TV, ERLM, STR-AUFH-AUF, ERLM. */
        AKM_TV_STORNO(true),
        /** VA, RUEM-VA, STR-AUFH-AUF, ERLM. */
        STORNO_AUF(false),
        /** VA, RUEM-VA, STR-AEN-AUF, ERLM; then a new VA for the same customer, RUEM-VA. */
        AENDERUNG_NEW_VA(false),
        /** VA, RUEM-VA, STR-AUFH-ABG (B's operator), ERLM (A's operator). */
        STORNO_ABG_ERLM(false),
        /** VA, RUEM-VA, STR-AEN-ABG (B's operator), ABBM 8142 (A's operator). */
        STORNO_ABG_ABBM(false),
        /** VA, RUEM-VA, AKM-TR with an unknown contract number, ABBM-TR 8143, AKM-TR with the right one. */
        AKM_RETRY(true),
        /** VA into B's review queue, RUEM-VA by B's operator. */
        REVIEW_RUEM(true),
        /** VA into B's review queue, ABBM by B's operator. */
        REVIEW_ABBM(true),
        /** VA into B's review queue, STR-AUFH-AUF while it waits, ERLM. */
        REVIEW_STORNO(true);

        final boolean kueOnly;

        Script(boolean kueOnly) {
            this.kueOnly = kueOnly;
        }
    }

    /** One script instance: the customer number {@code index} drives every number and name in it. */
    record Case(int index, Script script, Gf gf, Start start) {

        static Case random(int index, Random random) {
            Script script = Script.values()[random.nextInt(Script.values().length)];
            Gf gf = script.kueOnly ? (random.nextBoolean() ? Gf.MRN : Gf.ORN) : Gf.values()[random.nextInt(3)];
            Start start = random.nextInt(10) < 3 ? Start.SWITCH : Start.API;
            return new Case(index, script, gf, start);
        }

        String variant() {
            return script + "/" + gf + "/" + start;
        }

        String number() {
            return "7" + String.format("%07d", index);
        }

        String kopf() {
            return "9" + String.format("%07d", index);
        }

        String vertragsnummer() {
            return "W" + String.format("%09d", index);
        }

        String unknownVertragsnummer() {
            return "X" + String.format("%09d", index);
        }

        String oldContract() {
            return "OLD-" + index;
        }

        String newContract() {
            return "NEW-" + index;
        }
    }

    /** A Vorabstimmung's row as the driver reads it from a gateway's database. */
    record Row(String phase, String akmTr, String changeRequest, String wechseltermin, String decisionStatus) {}

    enum Side {
        A,
        B
    }

    /** What the scripts may do: the driver's REST calls (safe to repeat) and its waiting for states. */
    interface Driver {
        void put(Side side, String path, String json);

        /** POSTs with an Idempotency-Key made of the case and the step; returns the body's vorabstimmungsId. */
        String post(Side side, String path, String json, Case c, String step);

        Row await(Side side, String vaId, String what, Predicate<Row> condition);
    }

    /** What a Vorabstimmung must look like at the end, on both sides. */
    record Expected(
            String vaId,
            Case c,
            String phase,
            String akmTr,
            String changeRequest,
            String wechseltermin,
            List<String> timelineA,
            String contractStatus,
            String terminationDate) {

        List<String> timelineB() {
            return timelineA.stream()
                    .map(e -> e.startsWith("IN ") ? "OUT " + e.substring(3) : "IN " + e.substring(4))
                    .toList();
        }
    }

    // --- bodies

    private static final String JOHN = "{\"person\":{\"anrede\":\"1\",\"vorname\":\"John\",\"nachname\":\"Kunde\"}}";
    private static final String MAX = "{\"person\":{\"anrede\":\"1\",\"vorname\":\"Max\",\"nachname\":\"Mustermann\"}}";
    private static final String STANDORT = "{\"strassenname\":\"Emmy-Noether-Straße\",\"hausnummer\":\"2\","
            + "\"postleitzahl\":\"80992\",\"ort\":\"München\"}";

    private static String einzel(Case c) {
        return "{\"rufnummern\":[{\"onkz\":\"30\",\"rufnummer\":\"" + c.number() + "\"}]}";
    }

    private static String anlage(Case c) {
        return "{\"onkz\":\"89\",\"durchwahlnummer\":\"" + c.kopf() + "\",\"abfragestelle\":\"0\","
                + "\"bloecke\":[{\"von\":\"00\",\"bis\":\"99\"}]}";
    }

    private static String numbers(Case c) {
        return c.gf == Gf.RRNP ? "\"anlagenanschluss\":" + anlage(c) : "\"einzelanschluss\":" + einzel(c);
    }

    /** B's contract of the customer; {@code earliestEnd} null = the rules cannot decide (review queue). */
    static String oldContract(Case c, String earliestEnd) {
        StringBuilder json = new StringBuilder("{\"status\":\"ACTIVE\",\"inhaber\":" + JOHN + ",\"weitereInhaber\":[]");
        if (c.gf.kue()) {
            json.append(",\"standort\":").append(STANDORT);
        }
        json.append(',').append(numbers(c));
        if (c.gf.kue()) {
            json.append(",\"technologie\":\"001 TAL ISDN\",\"ressourcen\":[{\"vertragsnummer\":\"")
                    .append(c.vertragsnummer())
                    .append("\",\"identifizierer\":\"I")
                    .append(c.index())
                    .append("\",\"kennungTNBabg\":\"D0BB\"}]");
        }
        if (earliestEnd != null) {
            json.append(",\"earliestEnd\":\"").append(earliestEnd).append('"');
        }
        return json.append('}').toString();
    }

    /** A's won contract, for a start by switch. */
    static String newContract(Case c, boolean sameHolder) {
        StringBuilder json = new StringBuilder(
                "{\"status\":\"NEW\",\"inhaber\":" + (sameHolder ? JOHN : MAX) + ",\"weitereInhaber\":[]");
        if (c.gf.kue()) {
            json.append(",\"standort\":").append(STANDORT);
        }
        json.append(',')
                .append(numbers(c))
                .append(",\"previousCarrier\":\"DEU.BBBB\",\"desiredDate\":\"")
                .append(KWT)
                .append('"');
        if (c.gf == Gf.ORN) {
            json.append(",\"portNumbers\":false");
        }
        return json.append('}').toString();
    }

    static String va(Case c, boolean sameHolder) {
        StringBuilder json = new StringBuilder("{\"geschaeftsfall\":\"" + c.gf.code + "\",\"ekpAbg\":\"DEU.BBBB\","
                + "\"kundenwunschtermin\":\"" + KWT + "\",\"endkunde\":" + (sameHolder ? JOHN : MAX)
                + ",\"weitereAnschlussinhaber\":[]");
        if (c.gf.kue()) {
            json.append(",\"standort\":").append(STANDORT);
        }
        switch (c.gf) {
            case MRN ->
                json.append(",\"rufnummernPortierung\":{\"einzelanschluss\":")
                        .append(einzel(c))
                        .append(",\"portierungszeitfenster\":\"ZF2\"}");
            case ORN ->
                json.append(",\"anschlussidentifikation\":{\"onkz\":\"30\",\"rufnummer\":\"")
                        .append(c.number())
                        .append("\"}");
            case RRNP ->
                json.append(",\"rufnummernPortierung\":{\"anlagenanschluss\":")
                        .append(anlage(c))
                        .append(",\"portierungszeitfenster\":\"ZF2\"}");
            default -> throw new IllegalStateException();
        }
        return json.append('}').toString();
    }

    static String akmTr(String vertragsnummer) {
        return "{\"ressourcenuebernahme\":true,\"uebernahmeLeitungen\":[{\"vertragsnummer\":\"" + vertragsnummer
                + "\"}],\"sichererHafen\":true}";
    }

    // --- the scripts

    /** Plays the case against the two gateways; returns what each of its Vorabstimmungen must look like. */
    static List<Expected> play(Case c, Driver d) {
        Script s = c.script;
        String earliestEnd = switch (s) {
            case NAT -> LATE_END;
            case REVIEW_RUEM, REVIEW_ABBM, REVIEW_STORNO -> null;
            default -> EARLY_END;
        };
        d.put(Side.B, "/api/crm/contracts/" + c.oldContract(), oldContract(c, earliestEnd));
        boolean sameHolder = s != Script.KNI;
        String id = start(c, d, sameHolder, "va");
        String va = "OUT " + c.gf.type;
        String awaited = c.gf.kue() ? "AWAITED" : "NOT_APPLICABLE";
        List<String> t = new ArrayList<>(List.of(va));
        List<Expected> result = new ArrayList<>();
        String path = "/api/vorabstimmungen/" + id;
        switch (s) {
            case AGREE_AKM -> {
                agreed(d, id, t);
                d.post(Side.A, path + "/akm-tr", akmTr(c.vertragsnummer()), c, "akm");
                t.add("OUT AKM_TR");
                result.add(done(d, id, c, "AGREED", "CONFIRMED", "NONE", KWT, t, "TERMINATION_PENDING"));
            }
            case AGREE -> {
                agreed(d, id, t);
                result.add(done(d, id, c, "AGREED", awaited, "NONE", KWT, t, "TERMINATION_PENDING"));
            }
            case NAT -> {
                agreed(d, id, t);
                result.add(done(d, id, c, "AGREED", awaited, "NONE", NAT_DATE, t, "TERMINATION_PENDING"));
            }
            case KNI -> {
                d.await(Side.A, id, "REJECTED", r -> r.phase().equals("REJECTED"));
                t.add("IN ABBM");
                result.add(done(d, id, c, "REJECTED", "NOT_APPLICABLE", "NONE", null, t, "ACTIVE"));
            }
            case TV_ERLM -> {
                agreed(d, id, t);
                tv(d, c, id, t);
                result.add(done(d, id, c, "AGREED", awaited, "NONE", TV_DATE, t, "TERMINATION_PENDING"));
            }
            case AKM_TV_STORNO -> {
                agreed(d, id, t);
                d.post(Side.A, path + "/akm-tr", akmTr(c.vertragsnummer()), c, "akm");
                t.add("OUT AKM_TR");
                d.await(
                        Side.B,
                        id,
                        "AKM-TR confirmed and checked",
                        r -> r.akmTr().equals("CONFIRMED") && !"PENDING".equals(r.decisionStatus()));
                tv(d, c, id, t);
                stornoAuf(d, c, id, t, "storno");
                result.add(done(d, id, c, "CANCELLED", "CONFIRMED", "NONE", TV_DATE, t, "ACTIVE"));
            }
            case STORNO_AUF -> {
                agreed(d, id, t);
                stornoAuf(d, c, id, t, "storno");
                result.add(done(d, id, c, "CANCELLED", "NOT_APPLICABLE", "NONE", KWT, t, "ACTIVE"));
            }
            case AENDERUNG_NEW_VA -> {
                agreed(d, id, t);
                d.post(Side.A, path + "/storno", "{\"art\":\"AENDERUNG\"}", c, "storno");
                t.add("OUT STR_AEN_AUF");
                d.await(Side.A, id, "NEW_VA", r -> r.phase().equals("NEW_VA"));
                t.add("IN ERLM");
                result.add(done(d, id, c, "NEW_VA", "NOT_APPLICABLE", "NONE", KWT, t, null));
                String second = d.post(Side.A, "/api/vorabstimmungen", va(c, true), c, "va2");
                List<String> t2 = new ArrayList<>(List.of(va));
                agreed(d, second, t2);
                result.add(done(d, second, c, "AGREED", awaited, "NONE", KWT, t2, "TERMINATION_PENDING"));
            }
            case STORNO_ABG_ERLM -> {
                agreed(d, id, t);
                d.post(
                        Side.B,
                        path + "/storno",
                        "{\"art\":\"AUFHEBUNG\",\"stornogrund\":\"Kunde bleibt\"}",
                        c,
                        "storno");
                t.add("IN STR_AUFH_ABG");
                d.await(Side.A, id, "B's Storno", r -> r.changeRequest().equals("STR_AUFH_ABG"));
                d.post(Side.A, path + "/change-request/erlm", "", c, "erlm");
                t.add("OUT ERLM");
                result.add(done(d, id, c, "CANCELLED", "NOT_APPLICABLE", "NONE", KWT, t, "ACTIVE"));
            }
            case STORNO_ABG_ABBM -> {
                agreed(d, id, t);
                d.post(
                        Side.B,
                        path + "/storno",
                        "{\"art\":\"AENDERUNG\",\"stornogrund\":\"Neuer Termin\"}",
                        c,
                        "storno");
                t.add("IN STR_AEN_ABG");
                d.await(Side.A, id, "B's Storno", r -> r.changeRequest().equals("STR_AEN_ABG"));
                d.post(
                        Side.A,
                        path + "/change-request/abbm",
                        "{\"positionen\":[{\"meldungscode\":\"8142\"}],\"begruendung\":\"Storno abgelehnt\"}",
                        c,
                        "abbm");
                t.add("OUT ABBM");
                result.add(done(d, id, c, "AGREED", awaited, "NONE", KWT, t, "TERMINATION_PENDING"));
            }
            case AKM_RETRY -> {
                agreed(d, id, t);
                d.post(Side.A, path + "/akm-tr", akmTr(c.unknownVertragsnummer()), c, "akm");
                t.add("OUT AKM_TR");
                d.await(Side.A, id, "ABBM-TR", r -> r.akmTr().equals("REJECTED"));
                t.add("IN ABBM_TR");
                d.post(Side.A, path + "/akm-tr", akmTr(c.vertragsnummer()), c, "akm2");
                t.add("OUT AKM_TR");
                result.add(done(d, id, c, "AGREED", "CONFIRMED", "NONE", KWT, t, "TERMINATION_PENDING"));
            }
            case REVIEW_RUEM -> {
                d.await(Side.B, id, "review queue", r -> "REVIEW".equals(r.decisionStatus()));
                d.post(
                        Side.B,
                        path + "/ruem-va",
                        "{\"positionen\":[{\"meldungscode\":\"8001\"}],\"wechseltermin\":\""
                                + KWT + "\",\"technologie\":\"001 TAL ISDN\",\"ressourcen\":[{\"vertragsnummer\":\""
                                + c.vertragsnummer() + "\"}]}",
                        c,
                        "ruem");
                agreed(d, id, t);
                result.add(done(d, id, c, "AGREED", "AWAITED", "NONE", KWT, t, "TERMINATION_PENDING"));
            }
            case REVIEW_ABBM -> {
                d.await(Side.B, id, "review queue", r -> "REVIEW".equals(r.decisionStatus()));
                d.post(Side.B, path + "/abbm", "{\"positionen\":[{\"meldungscode\":\"8117\"}]}", c, "abbm");
                d.await(Side.A, id, "REJECTED", r -> r.phase().equals("REJECTED"));
                t.add("IN ABBM");
                result.add(done(d, id, c, "REJECTED", "NOT_APPLICABLE", "NONE", null, t, "ACTIVE"));
            }
            case REVIEW_STORNO -> {
                d.await(Side.B, id, "review queue", r -> "REVIEW".equals(r.decisionStatus()));
                stornoAuf(d, c, id, t, "storno");
                result.add(done(d, id, c, "CANCELLED", "NOT_APPLICABLE", "NONE", null, t, "ACTIVE"));
            }
            default -> throw new IllegalStateException("no script " + s);
        }
        return result;
    }

    private static String start(Case c, Driver d, boolean sameHolder, String step) {
        if (c.start == Start.SWITCH) {
            d.put(Side.A, "/api/crm/contracts/" + c.newContract(), newContract(c, sameHolder));
            return d.post(Side.A, "/api/crm/contracts/" + c.newContract() + "/switch", "", c, step);
        }
        return d.post(Side.A, "/api/vorabstimmungen", va(c, sameHolder), c, step);
    }

    private static void agreed(Driver d, String id, List<String> t) {
        d.await(Side.A, id, "AGREED", r -> r.phase().equals("AGREED"));
        t.add("IN RUEM_VA");
    }

    private static void tv(Driver d, Case c, String id, List<String> t) {
        d.post(
                Side.A,
                "/api/vorabstimmungen/" + id + "/tv",
                "{\"neuerKundenwunschtermin\":\"" + TV_DATE + "\"}",
                c,
                "tv");
        t.add("OUT TV");
        d.await(
                Side.A,
                id,
                "ERLM to the TV",
                r -> r.changeRequest().equals("NONE") && TV_DATE.equals(r.wechseltermin()));
        t.add("IN ERLM");
    }

    private static void stornoAuf(Driver d, Case c, String id, List<String> t, String step) {
        d.post(Side.A, "/api/vorabstimmungen/" + id + "/storno", "{\"art\":\"AUFHEBUNG\"}", c, step);
        t.add("OUT STR_AUFH_AUF");
        d.await(Side.A, id, "CANCELLED", r -> r.phase().equals("CANCELLED"));
        t.add("IN ERLM");
    }

    /** Waits until both sides show the final state; the verification at the end checks everything again. */
    private static Expected done(
            Driver d,
            String id,
            Case c,
            String phase,
            String akm,
            String change,
            String wt,
            List<String> timeline,
            String contractStatus) {
        Predicate<Row> state = r -> r.phase().equals(phase)
                && r.akmTr().equals(akm)
                && r.changeRequest().equals(change)
                && java.util.Objects.equals(r.wechseltermin(), wt);
        d.await(Side.A, id, "final state " + phase + "/" + akm + "/" + change, state);
        d.await(Side.B, id, "final state " + phase + "/" + akm + "/" + change, state);
        String termination = "TERMINATION_PENDING".equals(contractStatus) ? wt : null;
        return new Expected(id, c, phase, akm, change, wt, List.copyOf(timeline), contractStatus, termination);
    }
}
