-- The partner directory the home schema held until its V26 (a database made by 0.14.0) becomes the provider's.
-- TenantMigrations runs this after the home schema reached V25 and before its V26 drops the old tables.
INSERT INTO partner (code, endpoint, tls_bundle, forbid_rsa_sha1, bundesland, managed_by, updated_at)
    SELECT code, endpoint, tls_bundle, forbid_rsa_sha1, bundesland, managed_by, updated_at
    FROM "${home_schema}".partner;
INSERT INTO partner_certificate (partner, use_for, fingerprint, pem, source, added_at)
    SELECT partner, use_for, fingerprint, pem, source, added_at FROM "${home_schema}".partner_certificate;
UPDATE partner_directory_revision
    SET revision = (SELECT revision FROM "${home_schema}".partner_directory_revision WHERE id = 1) + 1
    WHERE id = 1;
