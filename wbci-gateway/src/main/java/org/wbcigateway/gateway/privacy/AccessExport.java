package org.wbcigateway.gateway.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wbcigateway.gateway.platform.config.ProtocolConfig;

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

    AccessExport(SubjectRecords records, @Qualifier(ProtocolConfig.SYSTEM_CLOCK) Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Export of(DataSubject subject) {
        SubjectRecords.Found found = records.find(subject);
        return new Export(
                subject,
                clock.instant(),
                List.copyOf(found.contractIds()),
                List.copyOf(found.vaIds()),
                List.copyOf(found.names()),
                List.copyOf(found.numbers()),
                records.items(found));
    }
}
