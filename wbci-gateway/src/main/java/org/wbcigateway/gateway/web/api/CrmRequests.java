package org.wbcigateway.gateway.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.gateway.crm.ContractData;
import org.wbcigateway.gateway.crm.ImportRow;

/** Request bodies of the built-in CRM's API. */
public final class CrmRequests {

    private CrmRequests() {}

    /**
     * A contract: holder, line location, the numbers (one of einzelanschluss / anlagenanschluss), the line's
     * resources and its dates; for a won contract also the previous provider, the wish date and whether the numbers
     * move along.
     */
    public record ContractRequest(
            String status,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            AnfrageRequests.Anschlussinhaber inhaber,

            List<AnfrageRequests.Anschlussinhaber> weitereInhaber,
            AnfrageRequests.Standort standort,
            AnfrageRequests.Einzelanschluss einzelanschluss,
            AnfrageRequests.Anlagenanschluss anlagenanschluss,
            String technologie,
            List<MeldungRequests.Ressource> ressourcen,
            LocalDate startDate,
            Integer minimumTermMonths,
            Integer noticePeriodMonths,
            LocalDate earliestEnd,
            String previousCarrier,
            LocalDate desiredDate,
            Boolean portNumbers) {

        ContractData toContract(String id) {
            if (einzelanschluss != null && anlagenanschluss != null) {
                throw new IllegalArgumentException("a contract has either einzelanschluss or anlagenanschluss");
            }
            return new ContractData(
                    ImportRow.requireId(id),
                    status,
                    RequestMapper.anschlussinhaber("inhaber", RequestMapper.required("inhaber", inhaber)),
                    weitereInhaber == null
                            ? List.of()
                            : weitereInhaber.stream()
                                    .map(w -> RequestMapper.anschlussinhaber("weitereInhaber", w))
                                    .toList(),
                    standort == null ? null : RequestMapper.standort(standort),
                    einzelanschluss == null && anlagenanschluss == null
                            ? null
                            : RequestMapper.rufnummern(einzelanschluss, anlagenanschluss),
                    technologie,
                    RequestMapper.ressourcen(ressourcen),
                    startDate,
                    minimumTermMonths,
                    noticePeriodMonths,
                    earliestEnd,
                    previousCarrier == null ? null : CarrierCode.of(previousCarrier),
                    desiredDate,
                    portNumbers == null || portNumbers);
        }
    }

    /** Start a switch from a won contract; without a date the earliest acceptable one is proposed. */
    public record SwitchRequest(LocalDate kundenwunschtermin) {}
}
