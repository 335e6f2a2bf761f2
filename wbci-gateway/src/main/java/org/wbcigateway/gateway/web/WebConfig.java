package org.wbcigateway.gateway.web;

import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wbcigateway.gateway.platform.config.GatewayProperties;

/** Servlet filters of the REST API and the console, and the size of uploads. */
@Configuration(proxyBeanMethods = false)
public class WebConfig {

    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(GatewayProperties properties) {
        FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(new RequestSizeLimit(
                properties.api().maxRequestSize(), properties.api().maxImportSize()));
        registration.setUrlPatterns(List.of("/api/*"));
        return registration;
    }

    @Bean
    FilterRegistrationBean<ControlCharacters> controlCharacters() {
        FilterRegistrationBean<ControlCharacters> registration = new FilterRegistrationBean<>(new ControlCharacters());
        registration.setUrlPatterns(List.of("/api/*", "/console/*"));
        return registration;
    }

    /**
     * Uploads (the console's contract import) up to {@code wbci.api.max-import-size}, as the API's import; kept in
     * memory up to 1 MB, on disk above.
     */
    @Bean
    jakarta.servlet.MultipartConfigElement multipartConfigElement(GatewayProperties properties) {
        long max = properties.api().maxImportSize().toBytes();
        return new jakarta.servlet.MultipartConfigElement("", max, max, 1024 * 1024);
    }
}
