package org.wbcigateway.gateway.crm.feed;

import java.time.OffsetDateTime;

/**
 * One event of the feed: a row of a contract's WBCI timeline ({@code crm_event}) with its place in the feed.
 *
 * @param offset the event's position in the feed; increasing, consumers must tolerate gaps
 */
public record FeedEvent(long offset, String contractId, String vorabstimmungsId, String type, String detail,
                        OffsetDateTime createdAt) {
}
