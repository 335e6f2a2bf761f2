package org.wbcigateway.gateway.crm.feed;

import java.time.OffsetDateTime;
import org.wbcigateway.domain.vorabstimmung.CrmEventType;

/**
 * One event of the feed: a row of a contract's WBCI timeline ({@code crm_event}) with its place in the feed.
 *
 * @param offset the event's position in the feed; increasing, consumers must tolerate gaps
 * @param type   what happened, written as {@link CrmEventType#feedName()} (e.g. {@code RECEIVED_RUEM-VA})
 */
public record FeedEvent(
        long offset,
        String contractId,
        String vorabstimmungsId,
        CrmEventType type,
        String detail,
        OffsetDateTime createdAt) {}
