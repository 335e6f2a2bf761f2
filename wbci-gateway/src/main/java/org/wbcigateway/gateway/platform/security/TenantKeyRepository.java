package org.wbcigateway.gateway.platform.security;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tenants' own signing keys in the provider's schema; callers run it in the provider's scope. */
@Repository
class TenantKeyRepository {

    /** A stored key: its PKCS#12 bytes and what it is. */
    record Stored(String tenantId, String fingerprint, byte[] keystore, OffsetDateTime addedAt) {}

    private final JdbcClient jdbc;

    TenantKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(
            String tenantId,
            String fingerprint,
            byte[] keystore,
            TenantSigningKeys.KeySource source,
            org.wbcigateway.wire.security.SigningKey key,
            String by,
            OffsetDateTime at) {
        jdbc.sql(
                        "INSERT INTO tenant_signing_key (tenant_id, fingerprint, keystore, subject, serial, not_after, source, "
                                + "added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        tenantId,
                        fingerprint,
                        keystore,
                        key.certificate().getSubjectX500Principal().getName(),
                        key.serial(),
                        key.certificate().getNotAfter().toInstant().atOffset(java.time.ZoneOffset.UTC),
                        source.name(),
                        by,
                        at)
                .update();
    }

    /** The latest key of every tenant that has one. */
    Map<String, Stored> latest() {
        Map<String, Stored> latest = new HashMap<>();
        jdbc.sql(
                        "SELECT tenant_id, fingerprint, keystore, added_at FROM tenant_signing_key ORDER BY added_at, fingerprint")
                .query((rs, i) -> new Stored(
                        rs.getString(1), rs.getString(2), rs.getBytes(3), rs.getObject(4, OffsetDateTime.class)))
                .list()
                .forEach(s -> latest.put(s.tenantId(), s));
        return latest;
    }
}
