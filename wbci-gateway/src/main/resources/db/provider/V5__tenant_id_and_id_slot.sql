-- A tenant is named by an id of its own (ADR 0015): several EKPs behind one bundle carrier code are several tenants
-- with one code. Until now the code was the key; the id of every tenant so far is its code. id_slot: the first
-- character of the nine of every ID a tenant issues (VA-, Aenderungs-, Storno-ID) is its slot, unique per code, so
-- the IDs of tenants sharing a code never meet although each counts in a sequence of its own schema.
CREATE TABLE tenant_v5 (
    id                  VARCHAR(32)  PRIMARY KEY,
    code                VARCHAR(16)  NOT NULL,
    id_slot             INTEGER      NOT NULL,
    schema_name         VARCHAR(63)  NOT NULL UNIQUE,
    portierungskennung  VARCHAR(4)   NOT NULL,
    bundesland          VARCHAR(2)   NOT NULL,
    managed_by          VARCHAR(16)  NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT tenant_code_slot UNIQUE (code, id_slot),
    CONSTRAINT tenant_slot_range CHECK (id_slot BETWEEN 0 AND 35)
);
INSERT INTO tenant_v5 (id, code, id_slot, schema_name, portierungskennung, bundesland, managed_by, created_at)
    SELECT code, code, 0, schema_name, portierungskennung, bundesland, managed_by, created_at FROM tenant;
DROP TABLE tenant;
ALTER TABLE tenant_v5 RENAME TO tenant;
