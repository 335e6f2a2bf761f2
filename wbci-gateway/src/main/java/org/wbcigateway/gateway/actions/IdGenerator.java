package org.wbcigateway.gateway.actions;

import org.springframework.stereotype.Component;
import org.wbcigateway.domain.id.AenderungsId;
import org.wbcigateway.domain.id.StornoId;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.gateway.platform.tenancy.Tenant;
import org.wbcigateway.gateway.platform.tenancy.Tenants;
import org.wbcigateway.gateway.vorabstimmung.IssuedIdRepository;

/**
 * New IDs for the requests we create: our carrier code, the letter, nine characters from a database sequence of the
 * tenant's schema, so IDs stay unique forever and across nodes (spec §3), and across the tenants of a bundle code by
 * their ID slot (ADR 0015).
 */
@Component
public class IdGenerator {

    private static final long PER_SLOT = 100_000_000L;

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
        Tenant tenant = tenants.current();
        long n = issued.next(sequence);
        return tenant.code().value() + "." + letter
                + digits(tenant, n, tenants.withCode(tenant.code()).size() > 1);
    }

    /**
     * The nine characters after the letter: the tenant's ID slot, then eight digits (ADR 0015), so tenants sharing a
     * carrier code never issue the same ID. A tenant alone with its code (slot 0) goes on to nine digits when eight
     * are used up; with a bundle code that would reach the next tenant's slot, so it stops.
     */
    static String digits(Tenant tenant, long n, boolean shared) {
        if (n < PER_SLOT) {
            return tenant.idSlotCharacter() + String.format("%08d", n);
        }
        if (tenant.idSlot() == 0 && !shared && n < 10 * PER_SLOT) {
            return String.format("%09d", n);
        }
        throw new IllegalStateException(tenant.id() + " has issued every ID its slot of " + tenant.code() + " holds");
    }
}
