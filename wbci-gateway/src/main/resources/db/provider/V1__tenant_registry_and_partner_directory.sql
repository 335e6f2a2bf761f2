-- The provider's schema (ADR 0014): what belongs to the installation, not to one of the EKPs it serves.
-- The tenants: the EKPs served, each with its data in the schema named here. The first (wbci.carrier-code) has the
-- home schema; a tenant added later a schema of its own. managed_by: CONFIGURATION (written at every start) or
-- DIRECTORY (added through the API or console).
CREATE TABLE tenant (
    code                VARCHAR(16)  PRIMARY KEY,
    schema_name         VARCHAR(63)  NOT NULL UNIQUE,
    portierungskennung  VARCHAR(4)   NOT NULL,
    bundesland          VARCHAR(2)   NOT NULL,
    managed_by          VARCHAR(16)  NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
-- The partner directory (ADR 0012), shared by every tenant: a partner's endpoint and certificates are the same for
-- each EKP served, and a rollover counts for all at once. As the home schema had it until V26 there.
CREATE TABLE partner (
    code             VARCHAR(16)  PRIMARY KEY,
    endpoint         VARCHAR(500),
    tls_bundle       VARCHAR(100),
    forbid_rsa_sha1  BOOLEAN,
    bundesland       VARCHAR(2),
    managed_by       VARCHAR(16)  NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE TABLE partner_certificate (
    partner      VARCHAR(16)   NOT NULL REFERENCES partner (code) ON DELETE CASCADE,
    use_for      VARCHAR(16)   NOT NULL,
    fingerprint  CHAR(64)      NOT NULL,
    pem          VARCHAR(20000) NOT NULL,
    source       VARCHAR(16)   NOT NULL,
    added_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (partner, use_for, fingerprint)
);
CREATE TABLE partner_directory_revision (
    id        INT     PRIMARY KEY,
    revision  BIGINT  NOT NULL
);
INSERT INTO partner_directory_revision (id, revision) VALUES (1, 0);
