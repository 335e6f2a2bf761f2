package org.wbcigateway.domain.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wbcigateway.domain.message.Anlagenanschluss;
import org.wbcigateway.domain.message.Einzelanschluss;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Rufnummer;
import org.wbcigateway.domain.message.Rufnummernblock;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;

/**
 * Which voided Vorabstimmung a new VA follows up (project rule, ADR 0003). After the ERLM to a Storno-Aenderung the
 * EKPauf must send a new VA with a new VA-ID for the same customer (spec §3); WBCI carries no reference to the old
 * one, so both parties recognise it alike by:
 * <ol>
 *   <li>the same partner pair: the same EKPauf and EKPabg;</li>
 *   <li>the same Geschaeftsfall family: KUE (MRN and ORN, one may become the other) or RRNP;</li>
 *   <li>the same customer: a phone number or number block of the new VA overlaps one of the voided VA's (the line
 *       number of a VA-KUE-ORN counts), or both concern the same CRM contract.</li>
 * </ol>
 * Of several voided Vorabstimmungen that qualify, the most recently voided one wins. Only voided Vorabstimmungen whose
 * NEW_VA deadline is still open are candidates: once a follow-up was accepted, the deadline is closed.
 */
public final class FollowUpVa {

    private FollowUpVa() {}

    /**
     * @param followUp        the new VA
     * @param contractId      the CRM contract of the new VA, {@code null} if not known
     * @param mostRecentFirst voided Vorabstimmungen with an open NEW_VA deadline, the most recently voided first
     * @return the one the new VA follows up, if any
     */
    public static Optional<VoidedVorabstimmung> predecessor(
            Vorabstimmungsanfrage followUp, String contractId, List<VoidedVorabstimmung> mostRecentFirst) {
        return mostRecentFirst.stream()
                .filter(v -> follows(followUp, contractId, v))
                .findFirst();
    }

    /** Whether the new VA follows up this voided Vorabstimmung (rules 1–3). */
    public static boolean follows(Vorabstimmungsanfrage followUp, String contractId, VoidedVorabstimmung voided) {
        Vorabstimmungsanfrage old = voided.va();
        if (old.vorabstimmungsId().equals(followUp.vorabstimmungsId())
                || !old.endkundenvertragspartner().equals(followUp.endkundenvertragspartner())
                || !sameFamily(old.geschaeftsfall(), followUp.geschaeftsfall())) {
            return false;
        }
        boolean sameContract = contractId != null && contractId.equals(voided.contractId());
        return sameContract || sameNumbers(old, followUp);
    }

    /** KUE-MRN and KUE-ORN are one family, RRNP another. */
    public static boolean sameFamily(Geschaeftsfall a, Geschaeftsfall b) {
        return a.isKuendigung() == b.isKuendigung();
    }

    /** A number or block of one VA overlaps one of the other's (numbers of equal length only). */
    public static boolean sameNumbers(Vorabstimmungsanfrage a, Vorabstimmungsanfrage b) {
        List<Range> ranges = ranges(b);
        return ranges(a).stream().anyMatch(r -> ranges.stream().anyMatch(r::overlaps));
    }

    /** National digits without the leading 0; a single number is a range of one. */
    private record Range(String from, String to) {

        boolean overlaps(Range other) {
            return from.length() == other.from.length()
                    && from.compareTo(other.to) <= 0
                    && other.from.compareTo(to) <= 0;
        }
    }

    private static List<Range> ranges(Vorabstimmungsanfrage va) {
        List<Range> ranges = new ArrayList<>();
        if (va.anschlussidentifikation() != null) {
            ranges.add(single(va.anschlussidentifikation()));
        }
        if (va.rufnummernPortierung() != null) {
            if (va.rufnummernPortierung().rufnummern() instanceof Einzelanschluss e) {
                e.rufnummern().forEach(n -> ranges.add(single(n)));
            } else if (va.rufnummernPortierung().rufnummern() instanceof Anlagenanschluss a) {
                String kopf = a.onkz() + a.durchwahlnummer();
                for (Rufnummernblock block : a.bloecke()) {
                    ranges.add(new Range(kopf + block.von(), kopf + block.bis()));
                }
            }
        }
        return ranges;
    }

    private static Range single(Rufnummer n) {
        return new Range(n.onkz() + n.nummer(), n.onkz() + n.nummer());
    }
}
