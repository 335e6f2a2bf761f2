package org.wbcigateway.gateway.crm;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wbcigateway.domain.deadline.Terminpruefung;
import org.wbcigateway.domain.decision.ChangeDecisions;
import org.wbcigateway.domain.decision.Vertragssuche;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Rufnummer;
import org.wbcigateway.domain.message.UebernahmeLeitung;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.domain.vorabstimmung.ContractStatus;
import org.wbcigateway.domain.vorabstimmung.CrmEventType;

/**
 * The CRM port on a provider's existing CRM database, which the gateway does not own: every lookup is a configured
 * query (any JDBC database, the provider's own table and column names behind aliases), the status write-back a
 * configured statement. Links and the event timeline stay in the gateway's database.
 */
public class SqlCrm implements CrmPort {

    private final JdbcClient crm;
    private final CrmProperties.Sql q;
    private final CrmLinks links;
    private final Clock clock;

    public SqlCrm(JdbcClient crm, CrmProperties.Sql queries, CrmLinks links, Clock clock) {
        this.crm = crm;
        this.q = queries;
        this.links = links;
        this.clock = clock;
    }

    @Override
    public Vertragssuche findContract(Vorabstimmungsanfrage va) {
        List<String> ids = new ArrayList<>();
        for (Rufnummer n : ContractMatch.identifyingNumbers(va)) {
            ids.addAll(crm.sql(q.contractsByNumber())
                    .param("onkz", n.onkz())
                    .param("rufnummer", n.nummer())
                    .query(String.class)
                    .list());
        }
        if (ids.isEmpty() && ContractMatch.byAddress(va)) {
            ids.addAll(crm.sql(q.contractsByAddress())
                    .param("postleitzahl", va.standort().postleitzahl())
                    .param("hausnummer", va.standort().hausnummer())
                    .param("name", ContractMatch.holderName(va))
                    .query(String.class)
                    .list());
        }
        return ContractMatch.result(
                ids, va, this::contract, links, LocalDate.ofInstant(clock.instant(), Terminpruefung.ZONE));
    }

    @Override
    public Optional<ContractData> contract(String contractId) {
        ContractRows.Children children = new ContractRows.Children(
                crm.sql(q.holders())
                        .param("id", contractId)
                        .query(ContractRows::holder)
                        .list(),
                crm.sql(q.numbers())
                        .param("id", contractId)
                        .query(ContractRows::number)
                        .list(),
                crm.sql(q.blocks())
                        .param("id", contractId)
                        .query(ContractRows::block)
                        .list(),
                crm.sql(q.resources())
                        .param("id", contractId)
                        .query(ContractRows::resource)
                        .list());
        return crm.sql(q.contract())
                .param("id", contractId)
                .query((rs, i) -> ContractRows.contract(rs, children))
                .optional();
    }

    @Override
    public List<ChangeDecisions.ResourceOwner> resourceOwners(UebernahmeLeitung leitung) {
        Map<String, Object> params = new HashMap<>();
        params.put("vertragsnummer", leitung.vertragsnummer());
        params.put("lineId", leitung.lineId() == null ? null : leitung.lineId().value());
        return crm.sql(q.resourceOwner())
                .params(params)
                .query((rs, i) ->
                        new ChangeDecisions.ResourceOwner(rs.getString("contract_id"), rs.getBoolean("transferable")))
                .list();
    }

    @Override
    public void writeBack(String contractId, ContractStatus status, LocalDate terminationDate) {
        if (q.writeBack() != null && !q.writeBack().isBlank()) {
            Map<String, Object> params = new HashMap<>();
            params.put("id", contractId);
            params.put("status", status.name());
            params.put("terminationDate", terminationDate);
            crm.sql(q.writeBack()).params(params).update();
        }
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
}
