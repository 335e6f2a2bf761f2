-- A tenant's own signing key (issue 15): generated here or uploaded, kept as a PKCS#12 store protected with the
-- installation's wbci.tenancy.key-password. The latest row of a tenant signs; earlier rows are its history (which
-- certificate signed until when). A tenant without a row signs with the installation's key (wbci.signing).
CREATE TABLE tenant_signing_key (
    tenant_id    VARCHAR(32)   NOT NULL,
    fingerprint  CHAR(64)      NOT NULL,
    keystore     BYTEA         NOT NULL,
    subject      VARCHAR(500)  NOT NULL,
    serial       VARCHAR(64)   NOT NULL,
    not_after    TIMESTAMP WITH TIME ZONE NOT NULL,
    source       VARCHAR(16)   NOT NULL,
    added_by     VARCHAR(100)  NOT NULL,
    added_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, fingerprint)
);
