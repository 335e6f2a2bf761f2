package org.wbcigateway.gateway.crm;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import org.wbcigateway.domain.decision.ChangeDecisions;
import org.wbcigateway.domain.decision.Vertragssuche;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.UebernahmeLeitung;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.domain.vorabstimmung.ContractStatus;
import org.wbcigateway.domain.vorabstimmung.CrmEventType;
import org.wbcigateway.gateway.platform.tenancy.EffectiveSettings;

/**
 * The CRM of the tenant in scope: the foreign CRM its settings name ({@code wbci.crm.sources.<name>}); for the
 * configured tenant without one, {@code wbci.crm} as configured; else the built-in CRM tables of its own schema. A
 * tenant never reads another's CRM because it was configured first.
 */
@Primary
@Component
class TenantCrm implements CrmPort {

    private final BuiltinCrm builtin;
    private final ObjectProvider<SqlCrm> configured;
    private final CrmProperties properties;
    private final CrmLinks links;
    private final Clock clock;
    private final EffectiveSettings settings;
    private final Map<String, SqlCrm> sources = new ConcurrentHashMap<>();

    TenantCrm(
            BuiltinCrm builtin,
            ObjectProvider<SqlCrm> configured,
            CrmProperties properties,
            CrmLinks links,
            Clock clock,
            EffectiveSettings settings) {
        this.builtin = builtin;
        this.configured = configured;
        this.properties = properties;
        this.links = links;
        this.clock = clock;
        this.settings = settings;
    }

    private CrmPort port() {
        Optional<String> source = settings.crmSource();
        if (source.isPresent()) {
            return sources.computeIfAbsent(source.get(), name -> {
                CrmProperties.Sql sql = properties.sources().get(name);
                if (sql == null) {
                    throw new IllegalStateException("the tenant's CRM source " + name + " is not configured "
                            + "(wbci.crm.sources." + name + ")");
                }
                return CrmConfig.of(sql, links, clock);
            });
        }
        SqlCrm sql = settings.firstTenant() ? configured.getIfAvailable() : null;
        return sql != null ? sql : builtin;
    }

    @Override
    public Vertragssuche findContract(Vorabstimmungsanfrage va) {
        return port().findContract(va);
    }

    @Override
    public Optional<ContractData> contract(String contractId) {
        return port().contract(contractId);
    }

    @Override
    public void link(String contractId, VorabstimmungsId vaId) {
        port().link(contractId, vaId);
    }

    @Override
    public Optional<String> contractOf(VorabstimmungsId vaId) {
        return port().contractOf(vaId);
    }

    @Override
    public List<String> openVorabstimmungen(String contractId) {
        return port().openVorabstimmungen(contractId);
    }

    @Override
    public List<ChangeDecisions.ResourceOwner> resourceOwners(UebernahmeLeitung leitung) {
        return port().resourceOwners(leitung);
    }

    @Override
    public void writeBack(String contractId, ContractStatus status, LocalDate terminationDate) {
        port().writeBack(contractId, status, terminationDate);
    }

    @Override
    public void recordEvent(String contractId, VorabstimmungsId vaId, CrmEventType type, String detail) {
        port().recordEvent(contractId, vaId, type, detail);
    }
}
