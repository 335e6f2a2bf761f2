-- The retention job (issue 16): per data class, the node purging it now (its lease) and what the runs did.
CREATE TABLE retention_run (
    data_class   VARCHAR(32)  PRIMARY KEY,
    lease_owner  VARCHAR(64),
    lease_until  TIMESTAMP WITH TIME ZONE,
    last_run_at  TIMESTAMP WITH TIME ZONE,
    last_cutoff  TIMESTAMP WITH TIME ZONE,
    rows_total   BIGINT       NOT NULL
);
