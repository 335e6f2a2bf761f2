package org.wbcigateway.gateway.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the operator, once the gateway is up, who it is, where it listens and how to try it. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final GatewayProperties properties;

    StartupReport(GatewayProperties properties) {
        this.properties = properties;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort() : -1;
        String base = "http://localhost:" + port;
        StringBuilder partners = new StringBuilder();
        properties.partners().forEach((code, p) -> partners.append("\n    partner ").append(code).append(" -> ")
                .append(p.endpoint()));
        log.info("""

                wbci-gateway {} is up (Bundesland {}, Portierungskennung {})
                  WBCI SOAP endpoint : {}/wbci/v2   (WSDL: {}/wbci/wbci.wsdl)
                  REST API           : {}/api/vorabstimmungen   (OpenAPI: {}/api-docs, UI: {}/swagger-ui.html){}
                  try it             : curl {}/api/vorabstimmungen
                """, properties.carrierCode(), properties.bundesland(), properties.portierungskennung(), base, base,
                base, base, base, partners, base);
    }
}
