package org.wbcigateway.gateway.inbound;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.ws.wsdl.wsdl11.SimpleWsdl11Definition;
import org.springframework.xml.xsd.SimpleXsdSchema;
import org.wbcigateway.gateway.platform.config.GatewayProperties;
import org.wbcigateway.gateway.platform.config.ProtocolConfig;
import org.wbcigateway.gateway.platform.observability.TeqMetrics;
import org.wbcigateway.wire.WbciCodec;
import org.wbcigateway.wire.WireContract;

/**
 * The WBCI endpoint on {@code /wbci/*}: every POST is read and answered by the {@link RawMessageFilter} and the
 * {@link WbciEndpoint} (at {@code /wbci/v2}); Spring-WS (Boot's auto-configuration; no {@code @EnableWs}, see
 * STACK.md) serves only the WSDL at {@code /wbci/wbci.wsdl} and its schemas (ADR 0009).
 */
@Configuration(proxyBeanMethods = false)
public class SoapConfig {

    @Bean(name = "wbci")
    SimpleWsdl11Definition wbciWsdl() {
        return new SimpleWsdl11Definition(new ClassPathResource(WireContract.WSDL.substring(1)));
    }

    /** The WSDL imports xsd/wbci-envelope.xsd and so on: Spring-WS serves each schema under its file name. */
    @Bean(name = "wbci-envelope")
    SimpleXsdSchema envelopeXsd() {
        return xsd("wbci-envelope");
    }

    @Bean(name = "wbci-request")
    SimpleXsdSchema requestXsd() {
        return xsd("wbci-request");
    }

    @Bean(name = "wbci-message")
    SimpleXsdSchema messageXsd() {
        return xsd("wbci-message");
    }

    @Bean(name = "wbci-complex")
    SimpleXsdSchema complexXsd() {
        return xsd("wbci-complex");
    }

    @Bean(name = "wbci-simple")
    SimpleXsdSchema simpleXsd() {
        return xsd("wbci-simple");
    }

    @Bean(name = "wbci-enum")
    SimpleXsdSchema enumXsd() {
        return xsd("wbci-enum");
    }

    private static SimpleXsdSchema xsd(String name) {
        return new SimpleXsdSchema(new ClassPathResource("wbci/v2/xsd/" + name + ".xsd"));
    }

    @Bean
    InboundLimit inboundLimit(GatewayProperties properties, MeterRegistry meters) {
        return new InboundLimit(properties.inbound(), meters);
    }

    @Bean
    FilterRegistrationBean<RawMessageFilter> rawMessageFilter(
            WbciCodec codec,
            InboundLimit limit,
            WbciEndpoint endpoint,
            RefusalRepository refusals,
            TeqMetrics teqMetrics,
            @Qualifier(ProtocolConfig.SYSTEM_CLOCK) Clock clock,
            org.wbcigateway.gateway.platform.tenancy.Tenants tenants) {
        FilterRegistrationBean<RawMessageFilter> registration = new FilterRegistrationBean<>(new RawMessageFilter(
                codec.reader(), limit, endpoint, refusals, teqMetrics, clock, tenants.providerScope()));
        registration.setUrlPatterns(List.of("/wbci/*"));
        return registration;
    }
}
