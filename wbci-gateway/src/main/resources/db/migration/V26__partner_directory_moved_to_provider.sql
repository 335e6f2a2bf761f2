-- The partner directory is the provider's, shared by every tenant (ADR 0014): db/provider V2 copied it from the
-- home schema before this runs (TenantMigrations orders the two); no tenant schema keeps one.
DROP TABLE partner_certificate;
DROP TABLE partner;
DROP TABLE partner_directory_revision;
