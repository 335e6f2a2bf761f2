package org.wbcigateway.gateway.vorabstimmung;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Rolle;
import org.wbcigateway.domain.state.VorabstimmungState;

/** A stored Vorabstimmung: its protocol state and the dates agreed so far. */
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
        boolean klaerfall,
        String klaerfallReason,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        long version) {

    public VorabstimmungRecord withState(VorabstimmungState next) {
        return new VorabstimmungRecord(vaId, geschaeftsfall, ownRole, partner, next, vaMessageId, changeRequestId, kundenwunschtermin,
                wechseltermin, klaerfall, klaerfallReason, createdAt, updatedAt, version);
    }

    public VorabstimmungRecord withChangeRequestId(Long id) {
        return new VorabstimmungRecord(vaId, geschaeftsfall, ownRole, partner, state, vaMessageId, id, kundenwunschtermin,
                wechseltermin, klaerfall, klaerfallReason, createdAt, updatedAt, version);
    }

    public VorabstimmungRecord withWechseltermin(LocalDate date) {
        return new VorabstimmungRecord(vaId, geschaeftsfall, ownRole, partner, state, vaMessageId, changeRequestId, kundenwunschtermin,
                date, klaerfall, klaerfallReason, createdAt, updatedAt, version);
    }

    public VorabstimmungRecord withoutKlaerfall() {
        return new VorabstimmungRecord(vaId, geschaeftsfall, ownRole, partner, state, vaMessageId, changeRequestId, kundenwunschtermin,
                wechseltermin, false, null, createdAt, updatedAt, version);
    }

    public VorabstimmungRecord withKlaerfall(String reason) {
        return new VorabstimmungRecord(vaId, geschaeftsfall, ownRole, partner, state, vaMessageId, changeRequestId, kundenwunschtermin,
                wechseltermin, true, reason, createdAt, updatedAt, version);
    }
}
