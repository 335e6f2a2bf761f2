package org.wbcigateway.gateway.web;

import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wbcigateway.gateway.platform.config.GatewayProperties;

/** Servlet filters of the REST API. */
@Configuration(proxyBeanMethods = false)
public class WebConfig {

    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(GatewayProperties properties) {
        FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(new RequestSizeLimit(
                properties.api().maxRequestSize(), properties.api().maxImportSize()));
        registration.setUrlPatterns(List.of("/api/*"));
        return registration;
    }
}
