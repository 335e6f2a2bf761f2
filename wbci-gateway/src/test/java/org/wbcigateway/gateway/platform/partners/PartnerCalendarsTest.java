package org.wbcigateway.gateway.platform.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.io.DefaultResourceLoader;
import org.wbcigateway.domain.calendar.Bundesland;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.message.Rolle;
import org.wbcigateway.gateway.platform.config.GatewayProperties;

/** A partner's Bundesland, configured and bound like the gateway binds it at start, and the calendars it gives. */
class PartnerCalendarsTest {

    private static GatewayProperties bind(Map<String, String> extra) {
        Map<String, String> settings = new HashMap<>(Map.of(
                "wbci.carrier-code",
                "DEU.AAAA",
                "wbci.portierungskennung",
                "D0AA",
                "wbci.bundesland",
                "BE",
                "wbci.partners.[DEU.BBBB].endpoint",
                "http://127.0.0.1:1/wbci/v2",
                "wbci.partners.[DEU.CCCC].endpoint",
                "http://127.0.0.1:2/wbci/v2"));
        settings.putAll(extra);
        return new Binder(new MapConfigurationPropertySource(settings))
                .bind("wbci", GatewayProperties.class)
                .get();
    }

    /** The configured partners as the directory holds them after the start. */
    private static PartnerCalendars calendars(GatewayProperties properties) {
        Map<CarrierCode, Partner> byCode = new HashMap<>();
        ConfiguredPartners.read(properties, new DefaultResourceLoader(), Instant.EPOCH)
                .forEach(p -> byCode.put(p.code(), p));
        Partners partners = new Partners(1, byCode);
        return new PartnerCalendars(() -> partners, properties::bundesland);
    }

    @Test
    void aPartnersBundeslandGivesItsCalendarAndAPartnerWithoutOneIsCountedOnOurs() {
        GatewayProperties properties = bind(Map.of("wbci.partners.[DEU.BBBB].bundesland", "by"));
        PartnerCalendars calendars = calendars(properties);

        assertThat(calendars.configured("DEU.BBBB")).contains(Bundesland.BY);
        assertThat(calendars.of("DEU.BBBB").bundesland()).isEqualTo(Bundesland.BY);
        assertThat(calendars.configured("DEU.CCCC")).isEmpty();
        assertThat(calendars.of("DEU.CCCC").bundesland()).isEqualTo(Bundesland.BE);
        assertThat(calendars.of("DEU.GONE").bundesland())
                .as("no longer configured")
                .isEqualTo(Bundesland.BE);
        assertThat(calendars.of(Rolle.EKP_AUF, "DEU.BBBB").partner().bundesland())
                .isEqualTo(Bundesland.BY);
        assertThat(calendars.withoutBundesland()).containsExactly("DEU.CCCC");
    }

    @Test
    void aMistypedBundeslandFailsTheStart() {
        assertThatThrownBy(() -> bind(Map.of("wbci.partners.[DEU.BBBB].bundesland", "BAYERN")))
                .isInstanceOf(BindException.class)
                .hasMessageContaining("wbci.partners[DEU.BBBB].bundesland")
                .hasStackTraceContaining("BAYERN");
    }
}
