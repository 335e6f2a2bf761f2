package org.wbcigateway.domain.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.wbcigateway.domain.code.Meldungscode;
import org.wbcigateway.domain.message.Meldungsposition;
import org.wbcigateway.domain.message.Terminverschiebung;
import org.wbcigateway.domain.message.UebernahmeLeitung;

/**
 * The receiver's business decisions on a TV, a Storno and an AKM-TR once the protocol rules (state, dates, IDs) have
 * accepted it (interop catalogue groups 7, 8, 9–10, 12–14).
 */
public final class ChangeDecisions {

    private ChangeDecisions() {}

    /** A TV: agreed (ERLM) unless the new date lies before the contract's earliest end (ABBM 8141). */
    public static Optional<List<Meldungsposition>> refuseTv(Terminverschiebung tv, LocalDate fruehestesVertragsende) {
        if (fruehestesVertragsende != null && tv.neuerKundenwunschtermin().isBefore(fruehestesVertragsende)) {
            return Optional.of(List.of(Meldungsposition.of(Meldungscode.TV_ABGELEHNT)));
        }
        return Optional.empty();
    }

    /** Where a resource named in an AKM-TR lives in the CRM. */
    public record ResourceOwner(String vertragId, boolean transferable) {}

    /**
     * An AKM-TR: each line to take over must be a resource of this contract that can be transferred; otherwise the
     * ABBM-TR names why: unknown (8143 contract number / 8144 Line-ID), belongs to another VA's contract (8145 /
     * 8146), not transferable (8147). Empty: the take-over stands, nothing is sent. The lookup returns every contract
     * the CRM lists the resource under (data is not always clean); the VA's own contract counts if it is among them.
     */
    public static List<Meldungsposition> refuseAkmTr(
            List<UebernahmeLeitung> leitungen,
            String vertragId,
            Function<UebernahmeLeitung, List<ResourceOwner>> lookup) {
        List<Meldungsposition> refusals = new ArrayList<>();
        for (UebernahmeLeitung l : leitungen) {
            boolean byNumber = l.vertragsnummer() != null;
            List<ResourceOwner> owners = lookup.apply(l);
            Optional<ResourceOwner> owner = owners.stream()
                    .filter(o -> o.vertragId().equals(vertragId))
                    .findFirst()
                    .or(() -> owners.stream().findFirst());
            Meldungscode code = reason(owner, vertragId, byNumber);
            if (code != null && refusals.stream().noneMatch(p -> p.meldungscode() == code)) {
                refusals.add(Meldungsposition.of(code));
            }
        }
        return refusals;
    }

    private static Meldungscode reason(Optional<ResourceOwner> owner, String vertragId, boolean byNumber) {
        if (owner.isEmpty()) {
            return byNumber ? Meldungscode.WITA_VERTRAGSNUMMER_UNBEKANNT : Meldungscode.LINE_ID_UNBEKANNT;
        }
        if (!owner.get().vertragId().equals(vertragId)) {
            return byNumber ? Meldungscode.WITA_VERTRAGSNUMMER_FREMD : Meldungscode.LINE_ID_FREMD;
        }
        return owner.get().transferable() ? null : Meldungscode.UEBERNAHME_NICHT_MOEGLICH;
    }
}
