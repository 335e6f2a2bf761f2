package org.wbcigateway.gateway.api;

import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;
import org.wbcigateway.gateway.config.ProtocolConfig;
import org.wbcigateway.gateway.persistence.IdempotencyRepository;

/**
 * The Idempotency-Key filter on the POSTs that send WBCI messages: starting a VA (directly or as a CRM switch) and
 * every action on a Vorabstimmung. The CRM import and the event feed keep their own semantics.
 */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfig {

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyRepository keys, TransactionTemplate tx,
                                                                @Qualifier(ProtocolConfig.SYSTEM_CLOCK) Clock clock) {
        FilterRegistrationBean<IdempotencyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyFilter(keys, tx, clock));
        registration.setUrlPatterns(List.of("/api/vorabstimmungen/*", "/api/crm/contracts/*"));
        return registration;
    }
}
