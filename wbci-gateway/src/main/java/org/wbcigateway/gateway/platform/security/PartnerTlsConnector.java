package org.wbcigateway.gateway.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.catalina.connector.Connector;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.tomcat.SslConnectorCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.Ssl;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.wbcigateway.gateway.platform.config.GatewayProperties;

/**
 * The partner-facing https connector ({@code wbci.tls.port}): Tomcat with the configured SSL bundle and, by default,
 * mutual TLS — a client without a certificate from the bundle's truststore cannot even complete the handshake. The
 * REST API and console stay on {@code server.port}; partners reach only {@code /wbci/*} here, and the SOAP endpoint
 * is no longer served on the other port.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "wbci.tls.port")
public class PartnerTlsConnector {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> partnerConnector(
            GatewayProperties properties, SslBundles bundles) {
        GatewayProperties.Tls tls = properties.tls();
        return factory -> {
            if (!tls.enabled()) {
                return;
            }
            Connector connector = new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL);
            connector.setPort(tls.port());
            if (tls.address() != null && !tls.address().isBlank()) {
                connector.setProperty("address", tls.address());
            }
            new SslConnectorCustomizer(
                            LogFactory.getLog(PartnerTlsConnector.class),
                            connector,
                            Ssl.ClientAuth.valueOf(tls.clientAuth().name()))
                    .customize(bundles.getBundle(tls.bundle()), java.util.Map.of());
            factory.addAdditionalConnectors(connector);
        };
    }

    @Bean
    FilterRegistrationBean<PortSeparation> portSeparation(GatewayProperties properties) {
        FilterRegistrationBean<PortSeparation> registration =
                new FilterRegistrationBean<>(new PortSeparation(properties.tls().port()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Partners get only /wbci/* on their port; SOAP requests on the other port are refused. */
    static final class PortSeparation extends OncePerRequestFilter {
        private final int partnerPort;

        PortSeparation(int partnerPort) {
            this.partnerPort = partnerPort;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            boolean partnerSide = request.getLocalPort() == partnerPort;
            boolean soapPath = request.getRequestURI().startsWith("/wbci/");
            if (partnerPort > 0 && partnerSide != soapPath && (partnerSide || "POST".equals(request.getMethod()))) {
                response.sendError(
                        HttpServletResponse.SC_NOT_FOUND,
                        partnerSide
                                ? "the partner port serves only /wbci/*"
                                : "WBCI messages are accepted on the partner port " + partnerPort + " only");
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
