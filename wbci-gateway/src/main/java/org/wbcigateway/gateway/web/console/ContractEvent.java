package org.wbcigateway.gateway.web.console;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.wbcigateway.domain.deadline.Terminpruefung;

/** A row of a contract's WBCI timeline ({@code crm_event}), with its time in German time for display. */
record ContractEvent(ZonedDateTime time, String vaId, String type, String detail) {

    static List<ContractEvent> of(List<Map<String, Object>> rows) {
        return rows.stream()
                .map(r -> new ContractEvent(
                        time(r.get("created_at")), (String) r.get("va_id"), (String) r.get("event_type"), (String)
                                r.get("detail")))
                .toList();
    }

    private static ZonedDateTime time(Object value) {
        return value instanceof OffsetDateTime t ? t.atZoneSameInstant(Terminpruefung.ZONE) : null;
    }
}
