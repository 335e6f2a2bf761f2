package org.wbcigateway.gateway.vorabstimmung;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Rolle;
import org.wbcigateway.domain.state.VorabstimmungState;
import org.wbcigateway.domain.vorabstimmung.Klaerfall;
import org.wbcigateway.domain.vorabstimmung.Vorabstimmung;

/**
 * A stored Vorabstimmung (a row of {@code vorabstimmung}): its protocol state, the dates agreed so far, and where its
 * VA and active change request are stored. {@link Vorabstimmungen} turns it into the domain's aggregate.
 *
 * @param vaMessageId     the stored VA that opened it
 * @param changeRequestId the stored TV or Storno that is active; {@code null} if none is
 * @param klaerfall       why it waits for an operator; {@code null} if it does not
 */
public record VorabstimmungRecord(
        VorabstimmungsId vaId,
        Geschaeftsfall geschaeftsfall,
        Rolle ownRole,
        CarrierCode partner,
        VorabstimmungState state,
        Long vaMessageId,
        Long changeRequestId,
        LocalDate kundenwunschtermin,
        LocalDate wechseltermin,
        Klaerfall klaerfall,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        long version) {

    /** A new row for a Vorabstimmung the stored VA {@code vaMessageId} opened. */
    static VorabstimmungRecord of(Vorabstimmung v, long vaMessageId) {
        return new VorabstimmungRecord(
                v.id(),
                v.geschaeftsfall(),
                v.ownRole(),
                v.partner(),
                v.state(),
                vaMessageId,
                null,
                v.kundenwunschtermin(),
                v.wechseltermin(),
                v.klaerfall(),
                null,
                null,
                0);
    }

    /** This row after the Vorabstimmung became {@code next}, its active change request stored as {@code id}. */
    VorabstimmungRecord with(Vorabstimmung next, Long changeRequestId) {
        return new VorabstimmungRecord(
                vaId,
                geschaeftsfall,
                ownRole,
                partner,
                next.state(),
                vaMessageId,
                changeRequestId,
                kundenwunschtermin,
                next.wechseltermin(),
                next.klaerfall(),
                createdAt,
                updatedAt,
                version);
    }

    /** Whether it waits for an operator. */
    public boolean inKlaerfall() {
        return klaerfall != null;
    }
}
