package org.wbcigateway.gateway.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.wbcigateway.gateway.platform.audit.AuditTrail;
import org.wbcigateway.gateway.platform.audit.PersonalDataReadAudit;

/** Audits every answer of the API and the console that shows personal data (handlers marked {@code PersonalDataRead}). */
@Configuration(proxyBeanMethods = false)
class PersonalDataReadConfig implements WebMvcConfigurer {

    private final AuditTrail audit;

    PersonalDataReadConfig(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PersonalDataReadAudit(audit)).addPathPatterns("/api/**", "/console/**");
    }
}
