-- The event feed over crm_event. A row gets its feed offset only once it is committed, in a single-writer step
-- (see EventFeed), because an id can become visible after a higher one and a reader following ids would skip it.
ALTER TABLE crm_event ADD COLUMN feed_offset BIGINT;
-- unique among the numbered rows; rows not numbered yet (NULL) do not collide
CREATE UNIQUE INDEX crm_event_feed_offset ON crm_event (feed_offset);

-- The highest offset handed out. Its single row is also the lock that makes the sequencing step single-writer.
CREATE TABLE event_feed_head (
    id           INTEGER PRIMARY KEY,
    last_offset  BIGINT NOT NULL
);
INSERT INTO event_feed_head (id, last_offset) VALUES (1, 0);

-- Per consumer of the feed: the highest acknowledged offset. The webhook sender's row ('webhook') also holds its
-- lease (one delivery at a time across nodes) and its retry state.
CREATE TABLE event_consumer (
    name             VARCHAR(64)  PRIMARY KEY,
    acked_offset     BIGINT       NOT NULL DEFAULT 0,
    attempts         INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMP WITH TIME ZONE,
    lease_owner      VARCHAR(128),
    lease_until      TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(2000),
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
