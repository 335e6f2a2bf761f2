package org.wbcigateway.gateway.actions;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wbcigateway.domain.message.Einzelanschluss;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Portierungszeitfenster;
import org.wbcigateway.domain.message.Rolle;
import org.wbcigateway.domain.message.Rufnummer;
import org.wbcigateway.domain.message.RufnummernPortierung;
import org.wbcigateway.domain.rule.Violation;
import org.wbcigateway.domain.state.Direction;
import org.wbcigateway.domain.vorabstimmung.CrmEventType;
import org.wbcigateway.gateway.crm.ContractData;
import org.wbcigateway.gateway.crm.CrmPort;
import org.wbcigateway.gateway.vorabstimmung.Contexts;
import org.wbcigateway.gateway.vorabstimmung.NotFoundException;

/**
 * EKPauf: starts the switch of a won customer from its new contract. The Geschaeftsfall follows from the contract
 * (line and numbers: VA-KUE-MRN; line only: VA-KUE-ORN; numbers only: VA-RRNP), every field is mapped from the CRM,
 * and without a wish date the earliest acceptable Kundenwunschtermin is proposed (as the previous provider will judge
 * it, and a working day of ours too).
 */
@Service
public class StartSwitch {

    private final CrmPort crm;
    private final StartVorabstimmung startVorabstimmung;
    private final Contexts contexts;

    public StartSwitch(CrmPort crm, StartVorabstimmung startVorabstimmung, Contexts contexts) {
        this.crm = crm;
        this.startVorabstimmung = startVorabstimmung;
        this.contexts = contexts;
    }

    @Transactional
    public Sent start(String contractId, LocalDate kundenwunschtermin) {
        return start(contractId, kundenwunschtermin, false);
    }

    /**
     * @param force start even while a Vorabstimmung of the contract is open or agreed (the operator has checked that
     *              a second one is meant, e.g. after a partner's ABBM that is being disputed); else that is a 409
     */
    @Transactional
    public Sent start(String contractId, LocalDate kundenwunschtermin, boolean force) {
        ContractData c = crm.contract(contractId).orElseThrow(() -> new NotFoundException("no contract " + contractId));
        List<String> running = crm.openVorabstimmungen(contractId);
        if (!running.isEmpty() && !force) {
            throw new ProtocolViolationException(
                    ProtocolViolationException.Kind.STATE,
                    List.of(new Violation(
                            GatewayRule.SWITCH_ALREADY_RUNNING,
                            "contract " + contractId + " has a Vorabstimmung that is open or agreed: "
                                    + String.join(", ", running) + "; start again only with force")));
        }
        if (c.previousCarrier() == null) {
            throw new ProtocolViolationException(
                    ProtocolViolationException.Kind.CONTENT,
                    List.of(new Violation(
                            GatewayRule.PREVIOUS_CARRIER_MISSING,
                            "contract " + contractId + " names no previous provider")));
        }
        Geschaeftsfall gf = geschaeftsfall(c);
        LocalDate kwt = kundenwunschtermin != null
                ? kundenwunschtermin
                : c.desiredDate() != null
                        ? c.desiredDate()
                        : contexts.of(Rolle.EKP_AUF, c.previousCarrier())
                                .termine(Direction.OUTGOING)
                                .earliestKundenwunschtermin(gf);
        RufnummernPortierung rnp = gf.portsNumbers() && c.rufnummern() != null
                ? new RufnummernPortierung(c.rufnummern(), Portierungszeitfenster.ZF2, null)
                : null;
        Rufnummer anschluss = gf == Geschaeftsfall.VA_KUE_ORN && c.rufnummern() instanceof Einzelanschluss e
                ? e.rufnummern().get(0)
                : null;
        Sent sent = startVorabstimmung.start(
                new VaDraft(
                        gf,
                        c.previousCarrier(),
                        kwt,
                        c.inhaber(),
                        c.weitereInhaber(),
                        null,
                        gf.isKuendigung() ? c.standort() : null,
                        anschluss,
                        rnp),
                contractId);
        crm.link(contractId, sent.vaId());
        crm.recordEvent(
                contractId,
                sent.vaId(),
                CrmEventType.SWITCH_STARTED,
                gf.code() + " to " + c.previousCarrier() + ", Kundenwunschtermin " + kwt);
        return sent;
    }

    static Geschaeftsfall geschaeftsfall(ContractData c) {
        if (c.standort() == null) {
            return Geschaeftsfall.VA_RRNP;
        }
        return c.portNumbers() && c.rufnummern() != null ? Geschaeftsfall.VA_KUE_MRN : Geschaeftsfall.VA_KUE_ORN;
    }
}
