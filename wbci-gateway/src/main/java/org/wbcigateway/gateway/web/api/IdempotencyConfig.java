package org.wbcigateway.gateway.web.api;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import java.time.Clock;
import java.util.List;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.wbcigateway.gateway.platform.config.ProtocolConfig;

/**
 * The Idempotency-Key filter on the POSTs that send WBCI messages: starting a VA (directly or as a CRM switch) and
 * every action on a Vorabstimmung. The CRM import and the event feed keep their own semantics.
 */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfig {

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(
            IdempotencyRepository keys, TransactionTemplate tx, @Qualifier(ProtocolConfig.SYSTEM_CLOCK) Clock clock) {
        FilterRegistrationBean<IdempotencyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyFilter(keys, tx, clock));
        registration.setUrlPatterns(List.of("/api/vorabstimmungen/*", "/api/crm/contracts/*"));
        return registration;
    }

    /** The header in the OpenAPI description of every POST the filter covers. */
    @Bean
    OperationCustomizer idempotencyKeyParameter() {
        return (operation, handler) -> {
            boolean covered = handler.hasMethodAnnotation(PostMapping.class)
                    && (handler.getBeanType() == VorabstimmungController.class
                            || handler.getMethod().getName().equals("startSwitch"));
            if (covered) {
                operation.addParametersItem(new HeaderParameter()
                        .name(IdempotencyFilter.HEADER)
                        .required(false)
                        .schema(new StringSchema().maxLength(IdempotencyFilter.MAX_KEY_LENGTH))
                        .description("Makes the request safe to repeat: a repeat with the same key gets the first "
                                + "successful response again (header " + IdempotencyFilter.REPLAYED + ": true) and "
                                + "sends nothing; the same key with another request is refused (422)."));
            }
            return operation;
        };
    }
}
