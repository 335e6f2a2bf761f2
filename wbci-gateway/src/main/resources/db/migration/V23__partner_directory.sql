-- The partner directory: partners and their certificates in the database, so that partners are added and
-- certificates rolled over at runtime (API, console) on every node without a restart (ADR 0012). Partners set in
-- configuration are written here at every start and are managed by it (managed_by CONFIGURATION).
CREATE TABLE partner (
    code             VARCHAR(16)  PRIMARY KEY,
    endpoint         VARCHAR(500),
    tls_bundle       VARCHAR(100),
    forbid_rsa_sha1  BOOLEAN,
    bundesland       VARCHAR(2),
    managed_by       VARCHAR(16)  NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
-- use: SIGNING (its messages and TEQs are signed with it) or TLS_CLIENT (its TLS client presents it); source: who
-- put it here (CONFIGURATION is replaced at each start, DIRECTORY only through the API or console)
CREATE TABLE partner_certificate (
    partner      VARCHAR(16)   NOT NULL REFERENCES partner (code) ON DELETE CASCADE,
    use_for      VARCHAR(16)   NOT NULL,
    fingerprint  CHAR(64)      NOT NULL,
    pem          VARCHAR(20000) NOT NULL,
    source       VARCHAR(16)   NOT NULL,
    added_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (partner, use_for, fingerprint)
);
-- one row; every change of the directory increments it in the same transaction, so each node sees that it must
-- re-read the directory (and concurrent changes are serialised on this row)
CREATE TABLE partner_directory_revision (
    id        INT     PRIMARY KEY,
    revision  BIGINT  NOT NULL
);
INSERT INTO partner_directory_revision (id, revision) VALUES (1, 0);
