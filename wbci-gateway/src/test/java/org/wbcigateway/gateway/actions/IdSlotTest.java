package org.wbcigateway.gateway.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wbcigateway.domain.calendar.Bundesland;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.Portierungskennung;
import org.wbcigateway.domain.id.SimpleType;
import org.wbcigateway.gateway.platform.tenancy.Tenant;

/** The nine characters of an ID by the issuer's ID slot (ADR 0015): never the same for two tenants of one code. */
class IdSlotTest {

    private static Tenant inSlot(int slot) {
        return new Tenant(
                "T" + slot,
                CarrierCode.of("DEU.BNDL"),
                "public_t" + slot,
                Portierungskennung.of("D0BD"),
                Bundesland.NI,
                slot);
    }

    @ParameterizedTest(name = "slot {0}, number {1}, shared {2} -> {3}")
    @CsvSource({
        "0, 1, false, 000000001",
        "0, 1, true, 000000001",
        "0, 99999999, true, 099999999",
        "0, 100000000, false, 100000000",
        "0, 999999999, false, 999999999",
        "1, 1, true, 100000001",
        "9, 42, true, 900000042",
        "10, 42, true, A00000042",
        "35, 99999999, true, Z99999999",
    })
    void theSlotLeadsTheNumber(int slot, long n, boolean shared, String nine) {
        String digits = IdGenerator.digits(inSlot(slot), n, shared);
        assertThat(digits).isEqualTo(nine);
        assertThat(SimpleType.VORABSTIMMUNGS_ID.accepts("DEU.BNDL.V" + digits)).isTrue();
    }

    @ParameterizedTest(name = "slot {0}, number {1}, shared {2}: used up")
    @CsvSource({"0, 100000000, true", "1, 100000000, true", "35, 100000000, true", "0, 1000000000, false"})
    void aSlotUsedUpIssuesNoIdRatherThanOneOfAnotherTenant(int slot, long n, boolean shared) {
        assertThatThrownBy(() -> IdGenerator.digits(inSlot(slot), n, shared))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("T" + slot);
    }
}
