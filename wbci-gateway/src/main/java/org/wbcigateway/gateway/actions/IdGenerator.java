package org.wbcigateway.gateway.actions;

import org.springframework.stereotype.Component;
import org.wbcigateway.domain.id.AenderungsId;
import org.wbcigateway.domain.id.StornoId;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.gateway.platform.tenancy.Tenants;
import org.wbcigateway.gateway.vorabstimmung.IssuedIdRepository;

/**
 * New IDs for the requests we create: our carrier code, the letter, nine digits from a database sequence, so IDs
 * stay unique forever and across nodes (spec §3).
 */
@Component
public class IdGenerator {

    private final IssuedIdRepository issued;
    private final Tenants tenants;

    public IdGenerator(IssuedIdRepository issued, Tenants tenants) {
        this.issued = issued;
        this.tenants = tenants;
    }

    public VorabstimmungsId vorabstimmungsId() {
        return VorabstimmungsId.of(next("va_id_seq", 'V'));
    }

    public AenderungsId aenderungsId() {
        return AenderungsId.of(next("aenderungs_id_seq", 'T'));
    }

    public StornoId stornoId() {
        return StornoId.of(next("storno_id_seq", 'S'));
    }

    private String next(String sequence, char letter) {
        long n = issued.next(sequence);
        return tenants.current().code().value() + "." + letter + String.format("%09d", n);
    }
}
