package org.wbcigateway.gateway.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.wbcigateway.gateway.platform.config.ProtocolConfig;
import org.wbcigateway.gateway.platform.tenancy.ProviderTransactions;

/**
 * What the tenant holds about one customer (DSGVO Art. 15): every stored item that names them, by data class, read
 * in one transaction, with how it was found.
 */
@Service
public class AccessExport {

    /**
     * The export: for whom, when, how the customer was recognised (their contracts, Vorabstimmungen, names and
     * numbers), and the items by data class.
     */
    public record Export(
            DataSubject subject,
            Instant generatedAt,
            List<String> contractIds,
            List<String> vorabstimmungsIds,
            List<String> names,
            List<String> numbers,
            Map<String, List<Map<String, Object>>> items) {}

    private final SubjectRecords records;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final ProviderTransactions provider;

    AccessExport(
            SubjectRecords records,
            @Qualifier(ProtocolConfig.SYSTEM_CLOCK) Clock clock,
            TransactionTemplate tx,
            ProviderTransactions provider) {
        this.records = records;
        this.clock = clock;
        this.tx = tx;
        this.provider = provider;
    }

    /**
     * The tenant's items in one transaction, then what the provider's schema holds about the customer (copies held
     * for a bundle code, refused input naming them, the provider's audit about them) in another.
     */
    public Export of(DataSubject subject) {
        Instant now = clock.instant();
        Map<String, List<Map<String, Object>>> items = new LinkedHashMap<>();
        SubjectRecords.Found found = tx.execute(status -> {
            SubjectRecords.Found inTenant = records.find(subject);
            items.putAll(records.items(inTenant));
            return inTenant;
        });
        items.putAll(provider.execute(status -> records.providerItems(found)));
        return new Export(
                subject,
                now,
                List.copyOf(found.contractIds()),
                List.copyOf(found.vaIds()),
                List.copyOf(found.names()),
                List.copyOf(found.numbers()),
                items);
    }
}
