-- Idempotency keys belong to the caller (API token or user) that sent them: the stored key is "<caller> <key>".
ALTER TABLE idempotency_key ALTER COLUMN idem_key SET DATA TYPE VARCHAR(320);
