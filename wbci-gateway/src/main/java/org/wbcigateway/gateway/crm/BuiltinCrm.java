package org.wbcigateway.gateway.crm;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wbcigateway.domain.deadline.Terminpruefung;
import org.wbcigateway.domain.decision.ChangeDecisions;
import org.wbcigateway.domain.decision.Vertragssuche;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.UebernahmeLeitung;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.domain.vorabstimmung.ContractStatus;
import org.wbcigateway.domain.vorabstimmung.CrmEventType;

/** The CRM port on the gateway's own CRM tables of the tenant in scope (the default, {@code wbci.crm.mode=BUILTIN}). */
@Component
public class BuiltinCrm implements CrmPort {

    private final ContractRepository contracts;
    private final CrmLinks links;
    private final JdbcClient jdbc;
    private final Clock clock;

    public BuiltinCrm(ContractRepository contracts, CrmLinks links, JdbcClient jdbc, Clock clock) {
        this.contracts = contracts;
        this.links = links;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Vertragssuche findContract(Vorabstimmungsanfrage va) {
        List<String> ids = contracts.findByNumbers(ContractMatch.identifyingNumbers(va));
        if (ids.isEmpty() && ContractMatch.byAddress(va)) {
            ids = contracts.findByAddressAndName(
                    va.standort().postleitzahl(), va.standort().hausnummer(), ContractMatch.holderName(va));
        }
        return ContractMatch.result(
                ids, va, contracts::find, links, LocalDate.ofInstant(clock.instant(), Terminpruefung.ZONE));
    }

    @Override
    public Optional<ContractData> contract(String contractId) {
        return contracts.find(contractId);
    }

    @Override
    public void link(String contractId, VorabstimmungsId vaId) {
        links.link(contractId, vaId);
    }

    @Override
    public Optional<String> contractOf(VorabstimmungsId vaId) {
        return links.contractOf(vaId);
    }

    @Override
    public java.util.List<String> openVorabstimmungen(String contractId) {
        return links.openVorabstimmungen(contractId);
    }

    @Override
    public void recordEvent(String contractId, VorabstimmungsId vaId, CrmEventType type, String detail) {
        links.recordEvent(contractId, vaId, type, detail);
    }

    @Override
    public List<ChangeDecisions.ResourceOwner> resourceOwners(UebernahmeLeitung leitung) {
        String column = leitung.vertragsnummer() != null ? "vertragsnummer" : "line_id";
        String value = leitung.vertragsnummer() != null
                ? leitung.vertragsnummer()
                : leitung.lineId().value();
        return jdbc.sql("SELECT contract_id, transferable FROM crm_resource WHERE " + column + " = ?")
                .param(value)
                .query((rs, i) -> new ChangeDecisions.ResourceOwner(rs.getString(1), rs.getBoolean(2)))
                .list();
    }

    @Override
    public void writeBack(String contractId, ContractStatus status, LocalDate terminationDate) {
        jdbc.sql("UPDATE crm_contract SET status = ?, termination_date = ?, updated_at = ? WHERE id = ?")
                .params(status.name(), terminationDate, OffsetDateTime.now(ZoneOffset.UTC), contractId)
                .update();
    }
}
