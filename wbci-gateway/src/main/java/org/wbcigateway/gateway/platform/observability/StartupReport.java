package org.wbcigateway.gateway.platform.observability;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.gateway.platform.config.GatewayProperties;
import org.wbcigateway.gateway.platform.config.PartnerCalendars;
import org.wbcigateway.gateway.platform.security.PartnerCertificates;
import org.wbcigateway.wire.security.SigningKey;

/** Tells the operator, once the gateway is up, who it is, where it listens and how to try it. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final GatewayProperties properties;
    private final SigningKey signingKey;
    private final PartnerCertificates certificates;

    StartupReport(GatewayProperties properties, SigningKey signingKey, PartnerCertificates certificates) {
        this.properties = properties;
        this.signingKey = signingKey;
        this.certificates = certificates;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort()
                : -1;
        String base = "http://localhost:" + port;
        StringBuilder partners = new StringBuilder();
        properties
                .partners()
                .forEach((code, p) -> partners.append("\n    partner ")
                        .append(code)
                        .append(" -> ")
                        .append(p.endpoint())
                        .append(
                                certificates.of(CarrierCode.of(code)).isEmpty()
                                        ? "   (NO CERTIFICATE: its messages get TEQ 0990; set wbci.partners.[" + code
                                                + "].certificate)"
                                        : "   ("
                                                + certificates
                                                        .of(CarrierCode.of(code))
                                                        .size() + " certificate(s))")
                        .append(", Bundesland ")
                        .append(
                                p.bundesland() != null
                                        ? p.bundesland()
                                        : properties.bundesland() + " (ours: not set)"));
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
                signingKey.certificate().getSubjectX500Principal(),
                signingKey.serial(),
                base,
                base,
                base,
                base,
                base,
                partners,
                base,
                base,
                base);
        List<String> withoutBundesland = PartnerCalendars.withoutBundesland(properties);
        if (!withoutBundesland.isEmpty()) {
            log.warn(
                    "no Bundesland configured for partner(s) {}: the deadlines they owe and the dates sent to them are "
                            + "counted on our calendar ({}); set wbci.partners.[X].bundesland",
                    withoutBundesland,
                    properties.bundesland());
        }
    }
}
