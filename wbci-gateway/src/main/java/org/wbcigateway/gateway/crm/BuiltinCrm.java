package org.wbcigateway.gateway.crm;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wbcigateway.domain.decision.ChangeDecisions;
import org.wbcigateway.domain.decision.Vertrag;
import org.wbcigateway.domain.decision.Vertragssuche;
import org.wbcigateway.domain.deadline.Terminpruefung;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Anlagenanschluss;
import org.wbcigateway.domain.message.Einzelanschluss;
import org.wbcigateway.domain.message.Firma;
import org.wbcigateway.domain.message.Person;
import org.wbcigateway.domain.message.Rufnummer;
import org.wbcigateway.domain.message.UebernahmeLeitung;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;

/** The CRM port on the gateway's own CRM tables (the default, {@code wbci.crm.mode=BUILTIN}). */
@Component
@ConditionalOnProperty(name = "wbci.crm.mode", havingValue = "BUILTIN", matchIfMissing = true)
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
        List<String> ids;
        if (va.rufnummernPortierung() != null) {
            ids = contracts.findByNumbers(requested(va));
        } else if (va.anschlussidentifikation() != null) {
            ids = contracts.findByNumbers(List.of(va.anschlussidentifikation()));
        } else {
            ids = List.of();
        }
        if (ids.isEmpty() && va.standort() != null) {
            String name = va.endkunde() instanceof Person p ? p.nachname() : ((Firma) va.endkunde()).firmenname();
            ids = contracts.findByAddressAndName(va.standort().postleitzahl(), va.standort().hausnummer(), name);
        }
        if (ids.isEmpty()) {
            return new Vertragssuche.NichtGefunden();
        }
        if (ids.size() > 1) {
            return new Vertragssuche.Mehrdeutig(ids);
        }
        ContractData c = contracts.find(ids.get(0)).orElseThrow();
        LocalDate today = LocalDate.ofInstant(clock.instant(), Terminpruefung.ZONE);
        return new Vertragssuche.Gefunden(new Vertrag(c.id(), c.inhaber(), c.weitereInhaber(), c.standort(),
                c.rufnummern(), c.technologie(), c.ressourcen(), c.earliestEnd(today),
                links.otherVorabstimmungOpen(c.id(), va.vorabstimmungsId())), Set.of());
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
    public void recordEvent(String contractId, VorabstimmungsId vaId, String type, String detail) {
        links.recordEvent(contractId, vaId, type, detail);
    }


    @Override
    public Optional<ChangeDecisions.ResourceOwner> resourceOwner(UebernahmeLeitung leitung) {
        String column = leitung.vertragsnummer() != null ? "vertragsnummer" : "line_id";
        String value = leitung.vertragsnummer() != null ? leitung.vertragsnummer() : leitung.lineId().value();
        return jdbc.sql("SELECT contract_id, transferable FROM crm_resource WHERE " + column + " = ?").param(value)
                .query((rs, i) -> new ChangeDecisions.ResourceOwner(rs.getString(1), rs.getBoolean(2))).optional();
    }

    @Override
    public void writeBack(String contractId, String status, LocalDate terminationDate) {
        jdbc.sql("UPDATE crm_contract SET status = ?, termination_date = ?, updated_at = ? WHERE id = ?")
                .params(status, terminationDate, OffsetDateTime.now(ZoneOffset.UTC), contractId).update();
    }


    private static List<Rufnummer> requested(Vorabstimmungsanfrage va) {
        if (va.rufnummernPortierung().rufnummern() instanceof Einzelanschluss e) {
            return e.rufnummern();
        }
        Anlagenanschluss a = (Anlagenanschluss) va.rufnummernPortierung().rufnummern();
        return List.of(new Rufnummer(a.onkz(), a.durchwahlnummer()));
    }
}
