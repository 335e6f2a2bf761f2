package org.wbcigateway.gateway.platform.observability;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.wbcigateway.gateway.platform.config.GatewayProperties;
import org.wbcigateway.gateway.platform.config.ManagedBy;
import org.wbcigateway.gateway.platform.partners.CertificateUse;
import org.wbcigateway.gateway.platform.partners.PartnerCalendars;
import org.wbcigateway.gateway.platform.partners.PartnerDirectory;
import org.wbcigateway.gateway.platform.security.OwnSigningKey;

/** Tells the operator, once the gateway is up, who it is, where it listens and how to try it. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final GatewayProperties properties;
    private final OwnSigningKey signingKey;
    private final PartnerDirectory directory;
    private final PartnerCalendars calendars;

    StartupReport(
            GatewayProperties properties,
            OwnSigningKey signingKey,
            PartnerDirectory directory,
            PartnerCalendars calendars) {
        this.properties = properties;
        this.signingKey = signingKey;
        this.directory = directory;
        this.calendars = calendars;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort()
                : -1;
        String base = "http://localhost:" + port;
        StringBuilder partners = new StringBuilder();
        directory.current().all().forEach(p -> {
            int signing = p.certificates(CertificateUse.SIGNING).size();
            partners.append("\n    partner ")
                    .append(p.code())
                    .append(" -> ")
                    .append(p.endpoint().orElse("(no endpoint: nothing can be sent to it)"))
                    .append(
                            signing == 0
                                    ? "   (NO CERTIFICATE: its messages get TEQ 0990; add one: POST " + base
                                            + "/api/partners/" + p.code() + "/certificates)"
                                    : "   (" + signing + " certificate(s))")
                    .append(", Bundesland ")
                    .append(p.bundesland().map(Enum::name).orElse(properties.bundesland() + " (ours: not set)"))
                    .append(p.managedBy() == ManagedBy.CONFIGURATION ? ", from configuration" : "");
        });
        String soapBase = properties.tls().enabled()
                ? "https://localhost:" + properties.tls().port()
                : base;
        log.info(
                """

                wbci-gateway {} is up (Bundesland {}, Portierungskennung {})
                  WBCI SOAP endpoint : {}/wbci/v2   (WSDL: {}/wbci/wbci.wsdl){}
                  signing certificate: {} (serial {}), for partners: {}/api/certificates/own
                  operator console   : {}/console
                  REST API           : {}/api/vorabstimmungen   (OpenAPI: {}/api-docs, UI: {}/swagger-ui.html){}
                  try it             : curl -H "Authorization: Bearer <API token>" {}/api/vorabstimmungen
                  metrics, health    : {}/actuator/prometheus (API token), {}/actuator/health
                """,
                properties.carrierCode(),
                properties.bundesland(),
                properties.portierungskennung(),
                soapBase,
                soapBase,
                properties.tls().enabled()
                        ? "   mutual TLS: " + properties.tls().clientAuth()
                        : "",
                signingKey.key().certificate().getSubjectX500Principal(),
                signingKey.key().serial(),
                base,
                base,
                base,
                base,
                base,
                partners,
                base,
                base,
                base);
        List<String> withoutBundesland = calendars.withoutBundesland();
        if (!withoutBundesland.isEmpty()) {
            log.warn(
                    "no Bundesland configured for partner(s) {}: the deadlines they owe and the dates sent to them are "
                            + "counted on our calendar ({}); set their Bundesland (PUT /api/partners/{code}, or bundesland in "
                            + "wbci.partners)",
                    withoutBundesland,
                    properties.bundesland());
        }
    }
}
