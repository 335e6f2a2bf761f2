package org.wbcigateway.gateway.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wbcigateway.domain.calendar.Bundesland;
import org.wbcigateway.domain.deadline.EscalationKind;
import org.wbcigateway.domain.deadline.EscalationPolicy;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.Portierungskennung;
import org.wbcigateway.gateway.platform.config.GatewayProperties;

/** A tenant's own settings win where it has them; everything else is as configured. */
class EffectiveSettingsTest {

    private final GatewayProperties properties = mock(GatewayProperties.class);
    private final Tenants tenants = mock(Tenants.class);
    private final EffectiveSettings settings = new EffectiveSettings(tenants, properties);

    private void inScope(TenantSettings own) {
        Tenant tenant = new Tenant(
                "DEU.CCCC",
                CarrierCode.of("DEU.CCCC"),
                "public_c",
                Portierungskennung.of("D0CC"),
                Bundesland.BY,
                0,
                own);
        when(tenants.current()).thenReturn(tenant);
        when(tenants.first())
                .thenReturn(new Tenant(
                        "DEU.AAAA",
                        CarrierCode.of("DEU.AAAA"),
                        "public",
                        Portierungskennung.of("D0AA"),
                        Bundesland.BY,
                        0));
        when(properties.decision())
                .thenReturn(new GatewayProperties.Decision(
                        GatewayProperties.Decision.Mode.REVIEW, Duration.ofSeconds(1), List.of("CONF"), true));
        when(properties.deadlines())
                .thenReturn(new GatewayProperties.Deadlines(
                        Duration.ofMinutes(1), Map.of(EscalationKind.AKM_TR_MISSING, List.of(2, 3, 9))));
    }

    @Test
    void asConfiguredWhereTheTenantHasNothingOfItsOwn() {
        inScope(TenantSettings.AS_CONFIGURED);
        assertThat(settings.decisionMode()).isEqualTo(GatewayProperties.Decision.Mode.REVIEW);
        assertThat(settings.projektkenner()).containsExactly("CONF");
        assertThat(settings.crmSource()).isEmpty();
        EscalationPolicy policy = settings.escalationPolicy();
        assertThat(policy.thresholds(EscalationKind.AKM_TR_MISSING))
                .isEqualTo(new EscalationPolicy.Thresholds(2, 3, 9));
        assertThat(policy.thresholds(EscalationKind.VA_UNANSWERED))
                .isEqualTo(EscalationPolicy.defaults().thresholds(EscalationKind.VA_UNANSWERED));
    }

    @Test
    void theTenantsOwnWhereItHasThemKindByKind() {
        inScope(new TenantSettings(
                GatewayProperties.Decision.Mode.AUTOMATIC,
                List.of(),
                Map.of(EscalationKind.VA_UNANSWERED, List.of(1, 2, 3)),
                "c-crm",
                null));
        assertThat(settings.decisionMode()).isEqualTo(GatewayProperties.Decision.Mode.AUTOMATIC);
        assertThat(settings.projektkenner()).as("none agreed: its own, empty").isEmpty();
        assertThat(settings.crmSource()).contains("c-crm");
        EscalationPolicy policy = settings.escalationPolicy();
        assertThat(policy.thresholds(EscalationKind.VA_UNANSWERED)).isEqualTo(new EscalationPolicy.Thresholds(1, 2, 3));
        assertThat(policy.thresholds(EscalationKind.AKM_TR_MISSING))
                .as("the configured one, where the tenant has none")
                .isEqualTo(new EscalationPolicy.Thresholds(2, 3, 9));
        assertThat(settings.firstTenant()).isFalse();
    }
}
