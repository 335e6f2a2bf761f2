package org.wbcigateway.gateway.platform.partners;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wbcigateway.domain.calendar.Bundesland;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.gateway.platform.config.ManagedBy;
import org.wbcigateway.wire.security.Certificates;

/** The tables of the partner directory. Writers call {@link #bump()} first: it serialises them on one row. */
@Repository
class PartnerRepository {

    private final JdbcClient jdbc;

    PartnerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long revision() {
        return jdbc.sql("SELECT revision FROM partner_directory_revision WHERE id = 1")
                .query(Long.class)
                .single();
    }

    /** Increments the revision (locking its row until the transaction ends) and returns the new one. */
    long bump() {
        jdbc.sql("UPDATE partner_directory_revision SET revision = revision + 1 WHERE id = 1")
                .update();
        return revision();
    }

    Partners load() {
        long revision = revision();
        Map<String, List<PartnerCertificate>> certificates = new HashMap<>();
        jdbc.sql(
                        "SELECT partner, use_for, pem, source, added_at FROM partner_certificate ORDER BY added_at, fingerprint")
                .query((rs, n) -> {
                    certificates
                            .computeIfAbsent(rs.getString("partner"), k -> new ArrayList<>())
                            .add(new PartnerCertificate(
                                    CertificateUse.valueOf(rs.getString("use_for")),
                                    Certificates.read(rs.getString("pem")).get(0),
                                    ManagedBy.valueOf(rs.getString("source")),
                                    rs.getObject("added_at", OffsetDateTime.class)
                                            .toInstant()));
                    return null;
                })
                .list();
        Map<CarrierCode, Partner> partners = new HashMap<>();
        jdbc.sql("SELECT code, endpoint, tls_bundle, forbid_rsa_sha1, bundesland, managed_by FROM partner")
                .query((rs, n) -> {
                    String code = rs.getString("code");
                    Boolean forbid = rs.getObject("forbid_rsa_sha1") == null ? null : rs.getBoolean("forbid_rsa_sha1");
                    Partner p = new Partner(
                            CarrierCode.of(code),
                            Optional.ofNullable(rs.getString("endpoint")),
                            Optional.ofNullable(rs.getString("tls_bundle")),
                            Optional.ofNullable(forbid),
                            Optional.ofNullable(rs.getString("bundesland")).map(Bundesland::valueOf),
                            ManagedBy.valueOf(rs.getString("managed_by")),
                            certificates.getOrDefault(code, List.of()));
                    partners.put(p.code(), p);
                    return null;
                })
                .list();
        return new Partners(revision, partners);
    }

    /** Writes the partner's own fields (not its certificates); true if it was new. */
    boolean upsert(Partner p, Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        Object[] fields = {
            p.endpoint().orElse(null),
            p.tlsBundle().orElse(null),
            p.forbidRsaSha1().orElse(null),
            p.bundesland().map(Enum::name).orElse(null),
            p.managedBy().name(),
            at
        };
        int updated = jdbc.sql("UPDATE partner SET endpoint = ?, tls_bundle = ?, forbid_rsa_sha1 = ?, bundesland = ?, "
                        + "managed_by = ?, updated_at = ? WHERE code = ?")
                .params(append(fields, p.code().value()))
                .update();
        if (updated > 0) {
            return false;
        }
        jdbc.sql(
                        "INSERT INTO partner (endpoint, tls_bundle, forbid_rsa_sha1, bundesland, managed_by, updated_at, code) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(append(fields, p.code().value()))
                .update();
        return true;
    }

    private static Object[] append(Object[] fields, Object last) {
        Object[] all = java.util.Arrays.copyOf(fields, fields.length + 1);
        all[fields.length] = last;
        return all;
    }

    void manage(CarrierCode code, ManagedBy managedBy) {
        jdbc.sql("UPDATE partner SET managed_by = ? WHERE code = ?")
                .params(managedBy.name(), code.value())
                .update();
        jdbc.sql("UPDATE partner_certificate SET source = ? WHERE partner = ?")
                .params(managedBy.name(), code.value())
                .update();
    }

    boolean delete(CarrierCode code) {
        return jdbc.sql("DELETE FROM partner WHERE code = ?")
                        .param(code.value())
                        .update()
                > 0;
    }

    /** Adds the certificate unless the partner has it already for this use; true if added. */
    boolean addCertificate(CarrierCode code, PartnerCertificate c) {
        return jdbc.sql("INSERT INTO partner_certificate (partner, use_for, fingerprint, pem, source, added_at) "
                                + "SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM partner_certificate "
                                + "WHERE partner = ? AND use_for = ? AND fingerprint = ?)")
                        .params(
                                code.value(),
                                c.use().name(),
                                c.fingerprint(),
                                c.pem(),
                                c.source().name(),
                                c.addedAt().atOffset(ZoneOffset.UTC),
                                code.value(),
                                c.use().name(),
                                c.fingerprint())
                        .update()
                > 0;
    }

    int removeCertificate(CarrierCode code, String fingerprint) {
        return jdbc.sql("DELETE FROM partner_certificate WHERE partner = ? AND fingerprint = ?")
                .params(code.value(), fingerprint)
                .update();
    }

    void removeCertificates(CarrierCode code, ManagedBy source) {
        jdbc.sql("DELETE FROM partner_certificate WHERE partner = ? AND source = ?")
                .params(code.value(), source.name())
                .update();
    }
}
