package org.wbcigateway.gateway.crm;

import java.util.Optional;
import org.wbcigateway.domain.decision.ChangeDecisions;
import org.wbcigateway.domain.decision.Vertragssuche;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.UebernahmeLeitung;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.domain.vorabstimmung.ContractStatus;
import org.wbcigateway.domain.vorabstimmung.CrmEventType;

/**
 * How the gateway reads customer and contract data and writes status back: the built-in CRM tables, or a
 * provider's own CRM database mapped by configuration.
 */
public interface CrmPort {

    /** EKPabg: the contract an incoming VA asks for, by its numbers (MRN, RRNP) or its line and holder (ORN). */
    Vertragssuche findContract(Vorabstimmungsanfrage va);

    /** A contract by the CRM's own key (EKPauf: the won contract a switch starts from). */
    Optional<ContractData> contract(String contractId);

    /** Remembers that the Vorabstimmung concerns the contract; its events land on the contract from now on. */
    void link(String contractId, VorabstimmungsId vaId);

    Optional<String> contractOf(VorabstimmungsId vaId);

    /** The contract's Vorabstimmungen that are open or agreed (not ended): a second switch would compete with them. */
    java.util.List<String> openVorabstimmungen(String contractId);

    /** EKPabg: the contracts a resource named in an AKM-TR belongs to, and whether it can be transferred. */
    java.util.List<ChangeDecisions.ResourceOwner> resourceOwners(UebernahmeLeitung leitung);

    /**
     * Status write-back to the contract we lose: TERMINATION_PENDING with the agreed date when the switch is agreed,
     * ACTIVE again when a Storno lifts it.
     */
    void writeBack(String contractId, ContractStatus status, java.time.LocalDate terminationDate);

    /** Writes a WBCI event (message, decision, state change, deadline) to the contract's timeline. */
    void recordEvent(String contractId, VorabstimmungsId vaId, CrmEventType type, String detail);
}
