-- Contract imports as durable jobs: their progress and first rejections are read from any node and survive a
-- restart; a job whose heartbeat stopped (its node ended) is reported as FAILED, its committed rows imported.
CREATE TABLE import_job (
    id            VARCHAR(36)   PRIMARY KEY,
    format        VARCHAR(8)    NOT NULL,
    state         VARCHAR(8)    NOT NULL,
    total         INT           NOT NULL,
    imported      BIGINT        NOT NULL,
    rejected      BIGINT        NOT NULL,
    error         VARCHAR(2000),
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at   TIMESTAMP WITH TIME ZONE,
    heartbeat_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX import_job_started ON import_job (started_at);
CREATE TABLE import_rejection (
    job_id       VARCHAR(36)   NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    row_number   BIGINT        NOT NULL,
    contract_id  VARCHAR(200),
    reason       VARCHAR(2000) NOT NULL,
    PRIMARY KEY (job_id, row_number)
);
