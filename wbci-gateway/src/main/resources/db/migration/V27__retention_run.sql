-- The retention job (issue 16): per data class, the node purging it now (its lease) and what the runs did.
CREATE TABLE retention_run (
    data_class   VARCHAR(32)  PRIMARY KEY,
    lease_owner  VARCHAR(64),
    lease_until  TIMESTAMP WITH TIME ZONE,
    last_run_at  TIMESTAMP WITH TIME ZONE,
    last_cutoff  TIMESTAMP WITH TIME ZONE,
    rows_total   BIGINT       NOT NULL
);
CREATE INDEX inbound_refusal_created ON inbound_refusal (created_at);
CREATE INDEX crm_event_created ON crm_event (created_at);
-- when the retention job replaced the personal data in the stored bytes (their digest stays that of the bytes sent)
ALTER TABLE wbci_message ADD COLUMN pseudonymised_at TIMESTAMP WITH TIME ZONE;
