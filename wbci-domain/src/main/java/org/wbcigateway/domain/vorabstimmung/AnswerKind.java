package org.wbcigateway.domain.vorabstimmung;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.wbcigateway.domain.code.Meldungscode;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Meldung;
import org.wbcigateway.domain.message.Meldungsposition;
import org.wbcigateway.domain.message.MessageType;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.domain.rule.ContentRule;
import org.wbcigateway.domain.rule.Violation;
import org.wbcigateway.domain.state.Event;

/**
 * Which Meldungscodes may answer which request when we answer it ourselves (an operator, the REST API or the
 * business rules): those spec §4 allows in the Meldung, narrowed to what fits the request answered. The REST API,
 * the console's code picker, the simulator and {@link Vorabstimmung#send} all ask here.
 * <ul>
 *   <li>Never chosen: the codes of §7's automatic answers, which the engine builds itself when a request arrives —
 *       8140 (VA-ID unknown: the VA is known here), 8115 (ID already used: checked on receipt) and 8148 (duplicate
 *       AKM-TR: an ABBM-TR 8148 rejects nothing).</li>
 *   <li>ABBM to a VA: not 8141/8142 (they answer a TV or Storno); the ADF address codes only where the VA has a
 *       Standort (KUE); 8149 UPK only where the VA names a Projektkenner.</li>
 *   <li>ABBM to a TV: 8141; to a Storno: 8142 — the catalogue's refusal of that request.</li>
 *   <li>RUEM-VA: ZWA or NAT, and the ADA corrections for KUE only.</li>
 * </ul>
 */
public enum AnswerKind {
    RUEM_VA(MessageType.RUEM_VA),
    ABBM_TO_VA(MessageType.ABBM),
    ABBM_TR(MessageType.ABBM_TR),
    ABBM_TO_TV(MessageType.ABBM),
    ABBM_TO_STORNO(MessageType.ABBM);

    private static final Set<Meldungscode> AUTOMATIC =
            EnumSet.of(Meldungscode.VA_ID_UNBEKANNT, Meldungscode.BVID, Meldungscode.UEBERNAHME_BEREITS_BESTAETIGT);
    private static final Set<Meldungscode> ADF =
            EnumSet.of(Meldungscode.ADFPLZ, Meldungscode.ADFORT, Meldungscode.ADFSTR, Meldungscode.ADFHSNR);

    private final MessageType meldung;

    AnswerKind(MessageType meldung) {
        this.meldung = meldung;
    }

    /** The Meldung that carries an answer of this kind. */
    public MessageType meldung() {
        return meldung;
    }

    /** The kind of answer a Meldung is; empty for what carries no chosen code (ERLM, AKM-TR). */
    public static Optional<AnswerKind> of(Meldung meldung) {
        return Event.of(meldung).flatMap(AnswerKind::of);
    }

    /** The kind of answer of an event; empty for events that carry no chosen code. */
    public static Optional<AnswerKind> of(Event event) {
        return Optional.ofNullable(
                switch (event) {
                    case RUEM_VA -> RUEM_VA;
                    case ABBM_VA -> ABBM_TO_VA;
                    case ABBM_TR, ABBM_TR_DUPLICATE -> ABBM_TR;
                    case ABBM_TV -> ABBM_TO_TV;
                    case ABBM_STR_AUF, ABBM_STR_AEN -> ABBM_TO_STORNO;
                    default -> null;
                });
    }

    /** The main codes offered to choose from, in catalogue order; for a RUEM-VA ZWA and NAT ({@link #adaCodes}). */
    public List<Meldungscode> offered(Vorabstimmungsanfrage va) {
        return switch (this) {
            case RUEM_VA -> List.of(Meldungscode.ZWA, Meldungscode.NAT);
            case ABBM_TO_TV -> List.of(Meldungscode.TV_ABGELEHNT);
            case ABBM_TO_STORNO -> List.of(Meldungscode.STORNO_ABGELEHNT);
            case ABBM_TR -> List.copyOf(chosen(MessageType.ABBM_TR));
            case ABBM_TO_VA -> {
                Set<Meldungscode> codes = chosen(MessageType.ABBM);
                codes.removeAll(EnumSet.of(Meldungscode.TV_ABGELEHNT, Meldungscode.STORNO_ABGELEHNT));
                if (va == null || va.standort() == null) {
                    codes.removeAll(ADF);
                }
                if (va == null || va.projektId() == null) {
                    codes.remove(Meldungscode.UPK);
                }
                yield List.copyOf(codes);
            }
        };
    }

    /** The ADA corrections a RUEM-VA may add: for KUE only. */
    public static List<Meldungscode> adaCodes(Geschaeftsfall geschaeftsfall) {
        return geschaeftsfall.isKuendigung()
                ? Meldungscode.allowedFor(MessageType.RUEM_VA).stream()
                        .filter(Meldungscode::isAdresseAbweichend)
                        .toList()
                : List.of();
    }

    /** Every code an answer of this kind to this VA may carry: the offered ones and, for a RUEM-VA, the ADA codes. */
    public Set<Meldungscode> allowed(Vorabstimmungsanfrage va) {
        Set<Meldungscode> all = EnumSet.noneOf(Meldungscode.class);
        all.addAll(offered(va));
        if (this == RUEM_VA && va != null) {
            all.addAll(adaCodes(va.geschaeftsfall()));
        }
        return all;
    }

    /** The offered code with this number; an {@link IllegalArgumentException} names the offered ones otherwise. */
    public Meldungscode require(Vorabstimmungsanfrage va, String code) {
        return offered(va).stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow(() ->
                        new IllegalArgumentException("Meldungscode '" + code + "' cannot be chosen here; " + "allowed: "
                                + offered(va).stream().map(Meldungscode::code).toList()));
    }

    /** The ADA code with this number, if a RUEM-VA to this Geschaeftsfall may carry it. */
    public static Meldungscode requireAda(Geschaeftsfall geschaeftsfall, String code) {
        return adaCodes(geschaeftsfall).stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "ADA code '" + code + "' cannot be chosen for " + geschaeftsfall.code()));
    }

    /** The positions of an answer we send whose code does not fit the request ({@link ContentRule#ANSWER_CODE}). */
    public List<Violation> check(List<Meldungsposition> positionen, Vorabstimmungsanfrage va) {
        Set<Meldungscode> allowed = allowed(va);
        return positionen.stream()
                .map(Meldungsposition::meldungscode)
                .filter(c -> !allowed.contains(c))
                .distinct()
                .map(c -> new Violation(
                        ContentRule.ANSWER_CODE,
                        c.code() + " in " + this + "; allowed: "
                                + allowed.stream().map(Meldungscode::code).toList()))
                .toList();
    }

    private static Set<Meldungscode> chosen(MessageType type) {
        Set<Meldungscode> codes = EnumSet.copyOf(Meldungscode.allowedFor(type));
        codes.removeAll(AUTOMATIC);
        return codes;
    }
}
