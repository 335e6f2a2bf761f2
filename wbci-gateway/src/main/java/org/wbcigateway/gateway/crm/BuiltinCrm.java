package org.wbcigateway.gateway.crm;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

/** The CRM port on the gateway's own CRM tables (the default). */
@Component
public class BuiltinCrm implements CrmPort {

    private final ContractRepository contracts;
    private final JdbcClient jdbc;
    private final Clock clock;

    public BuiltinCrm(ContractRepository contracts, JdbcClient jdbc, Clock clock) {
        this.contracts = contracts;
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
                otherVorabstimmungOpen(c.id(), va.vorabstimmungsId())), Set.of());
    }

    @Override
    public Optional<ContractData> contract(String contractId) {
        return contracts.find(contractId);
    }

    @Override
    public void link(String contractId, VorabstimmungsId vaId) {
        if (contractOf(vaId).isEmpty()) {
            jdbc.sql("INSERT INTO crm_contract_va (contract_id, va_id) VALUES (?, ?)").params(contractId, vaId.value())
                    .update();
        }
    }

    @Override
    public Optional<String> contractOf(VorabstimmungsId vaId) {
        return jdbc.sql("SELECT contract_id FROM crm_contract_va WHERE va_id = ?").param(vaId.value())
                .query(String.class).optional();
    }

    @Override
    public void recordEvent(String contractId, VorabstimmungsId vaId, String type, String detail) {
        jdbc.sql("INSERT INTO crm_event (contract_id, va_id, event_type, detail, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(contractId, vaId == null ? null : vaId.value(), type,
                        detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000),
                        OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    /** The contract's timeline, oldest first. */
    public List<String> events(String contractId) {
        return jdbc.sql("SELECT event_type FROM crm_event WHERE contract_id = ? ORDER BY id").param(contractId)
                .query(String.class).list();
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

    private boolean otherVorabstimmungOpen(String contractId, VorabstimmungsId current) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM crm_contract_va l JOIN vorabstimmung v ON v.va_id = l.va_id
                WHERE l.contract_id = ? AND l.va_id <> ? AND v.phase IN ('VA_PENDING', 'AGREED')""")
                .params(contractId, current.value()).query(Long.class).single() > 0;
    }

    private static List<Rufnummer> requested(Vorabstimmungsanfrage va) {
        if (va.rufnummernPortierung().rufnummern() instanceof Einzelanschluss e) {
            return e.rufnummern();
        }
        Anlagenanschluss a = (Anlagenanschluss) va.rufnummernPortierung().rufnummern();
        return List.of(new Rufnummer(a.onkz(), a.durchwahlnummer()));
    }
}
