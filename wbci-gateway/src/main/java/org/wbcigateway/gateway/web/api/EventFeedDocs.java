package org.wbcigateway.gateway.web.api;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.Arrays;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wbcigateway.domain.vorabstimmung.CrmEventType;

/**
 * The feed's event type in the OpenAPI description: an enum of the values the feed carries
 * ({@link CrmEventType#feedName()}), which the schema generator cannot see behind the JSON serializer.
 */
@Configuration(proxyBeanMethods = false)
class EventFeedDocs {

    @Bean
    OpenApiCustomizer feedEventTypes() {
        return openApi -> {
            Schema<?> event =
                    openApi.getComponents() == null || openApi.getComponents().getSchemas() == null
                            ? null
                            : openApi.getComponents().getSchemas().get("FeedEvent");
            if (event == null || event.getProperties() == null) {
                return;
            }
            StringSchema type = new StringSchema();
            type.setEnum(Arrays.stream(CrmEventType.values())
                    .map(CrmEventType::feedName)
                    .toList());
            type.setDescription("What happened: a message received or sent (RECEIVED_ / SENT_ and its type), a "
                    + "phase reached by a transition (STATE_), a message the partner refused with a negative TEQ "
                    + "(TECHNICAL_REJECTION), a new VA following up a voided one (FOLLOW_UP_VA), the contract found "
                    + "for a partner's VA (VA_RECEIVED), a switch started from a won contract (SWITCH_STARTED), an "
                    + "overdue deadline's escalation (ESCALATION_L1 to L3)");
            event.getProperties().put("type", type);
        };
    }
}
