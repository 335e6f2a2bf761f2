package org.wbcigateway.gateway.crm;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.message.Anschlussinhaber;
import org.wbcigateway.domain.message.Ressource;
import org.wbcigateway.domain.message.Rufnummern;
import org.wbcigateway.domain.message.Standort;

/**
 * A customer contract in the CRM: as the old provider (we may lose it) or as the new one (we won it and start the
 * switch from it).
 *
 * @param status             e.g. ACTIVE, TERMINATION_PENDING, TERMINATED, NEW (a won contract)
 * @param earliestEnd        the earliest possible end; if empty, derived from start, minimum term and notice period
 * @param previousCarrier    for a won contract: the old provider (EKPabg of the switch)
 * @param desiredDate        for a won contract: the customer's wish date (Kundenwunschtermin)
 * @param portNumbers        for a won contract: take the numbers along (VA-KUE-MRN / VA-RRNP) or not (VA-KUE-ORN)
 */
public record ContractData(
        String id,
        String status,
        Anschlussinhaber inhaber,
        List<Anschlussinhaber> weitereInhaber,
        Standort standort,
        Rufnummern rufnummern,
        String technologie,
        List<Ressource> ressourcen,
        LocalDate startDate,
        Integer minimumTermMonths,
        Integer noticePeriodMonths,
        LocalDate earliestEnd,
        CarrierCode previousCarrier,
        LocalDate desiredDate,
        boolean portNumbers) {

    public ContractData {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(inhaber, "inhaber");
        status = status == null ? "ACTIVE" : status;
        weitereInhaber = weitereInhaber == null ? List.of() : List.copyOf(weitereInhaber);
        ressourcen = ressourcen == null ? List.of() : List.copyOf(ressourcen);
    }

    /**
     * The earliest end: as recorded, else the end of the minimum term or, once that has passed, today plus the
     * notice period; empty if the CRM cannot tell.
     */
    public LocalDate earliestEnd(LocalDate today) {
        if (earliestEnd != null) {
            return earliestEnd;
        }
        if (startDate == null || minimumTermMonths == null) {
            return null;
        }
        LocalDate termEnd = startDate.plusMonths(minimumTermMonths);
        LocalDate byNotice = today.plusMonths(noticePeriodMonths == null ? 0 : noticePeriodMonths);
        return termEnd.isAfter(byNotice) ? termEnd : byNotice;
    }
}
