package org.wbcigateway.gateway.web.console;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.wbcigateway.domain.code.Meldungscode;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.MessageType;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;

/**
 * The Meldungscodes an operator may pick when answering by hand: those spec §4 allows in the Meldung
 * ({@link Meldungscode#allowedFor}), narrowed to what fits the request answered. The domain accepts every code of the
 * Meldung type; the console offers and accepts only this subset, so picker and server agree.
 * <ul>
 * <li>Left out everywhere: the codes of §7's automatic answers, which the gateway sends itself when a request
 * arrives — 8140 (VA-ID unknown: the VA is known here), 8115 (ID already used: checked on receipt), and 8148
 * (duplicate AKM-TR: an ABBM-TR 8148 rejects nothing).</li>
 * <li>ABBM to a VA: 8141 and 8142 answer a TV or Storno, not a VA; the ADF address codes only where the VA has a
 * Standort (KUE); 8149 UPK only where the VA names a Projektkenner.</li>
 * <li>ABBM to a TV: 8141; to a Storno: 8142 — the catalogue's refusal of that request.</li>
 * <li>RUEM-VA: exactly one of ZWA/NAT, and ADA positions for KUE only (§4 rules).</li>
 * </ul>
 */
final class CodePicker {

    /** What is being answered. */
    enum Answer { RUEM_VA, ABBM_VA, ABBM_TR, ABBM_TV, ABBM_STORNO }

    private static final Set<Meldungscode> AUTOMATIC = EnumSet.of(Meldungscode.VA_ID_UNBEKANNT, Meldungscode.BVID,
            Meldungscode.UEBERNAHME_BEREITS_BESTAETIGT);
    private static final Set<Meldungscode> ADF = EnumSet.of(Meldungscode.ADFPLZ, Meldungscode.ADFORT,
            Meldungscode.ADFSTR, Meldungscode.ADFHSNR);

    private CodePicker() {
    }

    /** The main codes offered, in catalogue order; for RUEM-VA: ZWA and NAT. */
    static List<Meldungscode> offered(Answer answer, Vorabstimmungsanfrage va) {
        switch (answer) {
            case RUEM_VA:
                return List.of(Meldungscode.ZWA, Meldungscode.NAT);
            case ABBM_TV:
                return List.of(Meldungscode.TV_ABGELEHNT);
            case ABBM_STORNO:
                return List.of(Meldungscode.STORNO_ABGELEHNT);
            case ABBM_TR:
                return allowed(MessageType.ABBM_TR).stream().toList();
            default:
                Set<Meldungscode> codes = allowed(MessageType.ABBM);
                codes.removeAll(EnumSet.of(Meldungscode.TV_ABGELEHNT, Meldungscode.STORNO_ABGELEHNT));
                if (va == null || va.standort() == null) {
                    codes.removeAll(ADF);
                }
                if (va == null || va.projektId() == null) {
                    codes.remove(Meldungscode.UPK);
                }
                return codes.stream().toList();
        }
    }

    /** ADA positions a RUEM-VA may add: for KUE only. */
    static List<Meldungscode> adaCodes(Geschaeftsfall gf) {
        return gf.isKuendigung() ? allowed(MessageType.RUEM_VA).stream().filter(Meldungscode::isAdresseAbweichend)
                .toList() : List.of();
    }

    /** The picked code, if it is offered; else the operator is told which ones are. */
    static Meldungscode require(Answer answer, Vorabstimmungsanfrage va, String code) {
        return offered(answer, va).stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Meldungscode '" + code + "' cannot be chosen here; "
                        + "allowed: " + offered(answer, va).stream().map(Meldungscode::code).toList()));
    }

    static Meldungscode requireAda(Geschaeftsfall gf, String code) {
        return adaCodes(gf).stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("ADA code '" + code + "' cannot be chosen for "
                        + gf.code()));
    }

    private static Set<Meldungscode> allowed(MessageType type) {
        Set<Meldungscode> codes = EnumSet.copyOf(Meldungscode.allowedFor(type));
        codes.removeAll(AUTOMATIC);
        return codes;
    }
}
