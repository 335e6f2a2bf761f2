package org.wbcigateway.gateway.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.wbcigateway.gateway.platform.audit.AuditEntry;
import org.wbcigateway.gateway.platform.audit.AuditTrail;
import org.wbcigateway.gateway.platform.config.ProtocolConfig;
import org.wbcigateway.gateway.platform.retention.MessageScrub;
import org.wbcigateway.gateway.platform.tenancy.ProviderTransactions;
import org.wbcigateway.gateway.vorabstimmung.NotFoundException;

/**
 * Erases one customer's personal data on their request (DSGVO Art. 17), in one transaction: refused while one of
 * their Vorabstimmungen is still open (the switch needs the data), else everything {@link AccessExport} would show
 * is deleted or emptied, and their stored messages pseudonymised; the protocol history of their Vorabstimmungen
 * stays readable (IDs, dates, codes, who sent what when).
 */
@Service
public class Erasure {

    /** What was erased: the customer's contracts and Vorabstimmungen, and the rows changed by data class. */
    public record Erased(
            DataSubject subject, List<String> contractIds, List<String> vorabstimmungsIds, Map<String, Integer> rows) {}

    /** The customer has a Vorabstimmung still open: nothing was erased. */
    public static class StillOpenException extends RuntimeException {
        StillOpenException(List<String> open) {
            super("the customer's Vorabstimmung " + String.join(", ", open) + " is still open (or has a message "
                    + "still to be sent); their data is erased once it has ended");
        }
    }

    private final SubjectRecords records;
    private final MessageScrub scrub;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final ProviderTransactions provider;

    Erasure(
            SubjectRecords records,
            MessageScrub scrub,
            AuditTrail audit,
            @Qualifier(ProtocolConfig.SYSTEM_CLOCK) Clock clock,
            TransactionTemplate tx,
            ProviderTransactions provider) {
        this.records = records;
        this.scrub = scrub;
        this.audit = audit;
        this.clock = clock;
        this.tx = tx;
        this.provider = provider;
    }

    /**
     * The tenant's data in one transaction; then, in the provider's schema, what it holds about the customer (copies
     * of their messages that waited for a bundle code's tenant, refused input naming them, audit details quoting
     * them): a second transaction; if it fails, repeating the erasure finishes it.
     */
    public Erased erase(DataSubject subject, String by, String remoteAddress) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        SubjectRecords.Found found = tx.execute(status -> {
            SubjectRecords.Found inTenant = records.find(subject);
            rows.putAll(eraseInTenant(inTenant, by, remoteAddress));
            return inTenant;
        });
        rows.putAll(provider.execute(status -> records.eraseInProvider(found)));
        return new Erased(subject, List.copyOf(found.contractIds()), List.copyOf(found.vaIds()), rows);
    }

    private Map<String, Integer> eraseInTenant(SubjectRecords.Found found, String by, String remoteAddress) {
        Instant now = clock.instant();
        if (found.contractIds().isEmpty() && found.vaIds().isEmpty()) {
            throw new NotFoundException("nothing is held about this customer");
        }
        List<String> open = records.stillOpen(found.vaIds(), now);
        if (!open.isEmpty()) {
            throw new StillOpenException(open);
        }
        Map<String, Integer> rows = new LinkedHashMap<>();
        rows.put("messages", scrub.ofVorabstimmungen(found.vaIds(), now).size());
        rows.putAll(records.erase(found));
        // the line names IDs only: what the customer was called is what is gone
        audit.record(
                by,
                AuditEntry.Channel.API,
                "ERASURE",
                found.vaIds().isEmpty()
                        ? found.contractIds().iterator().next()
                        : found.vaIds().iterator().next(),
                "OK",
                "contracts " + found.contractIds() + ", Vorabstimmungen " + found.vaIds() + ", rows " + rows,
                remoteAddress);
        return rows;
    }
}
