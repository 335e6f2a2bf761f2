package org.wbcigateway.gateway.crm.feed;

import java.util.List;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import org.wbcigateway.gateway.platform.config.GatewayProperties;

/** The webhooks a tenant's feed may be pushed to ({@code wbci.events.webhooks}), by name. */
@Component
public class Webhooks {

    private final GatewayProperties properties;

    Webhooks(GatewayProperties properties) {
        this.properties = properties;
    }

    public List<String> names() {
        return List.copyOf(new TreeSet<>(properties.events().webhooks().keySet()));
    }

    /** Fails unless the name is null (none) or a configured webhook. */
    public void requireKnown(String name) {
        if (name != null && !properties.events().webhooks().containsKey(name)) {
            throw new IllegalArgumentException("webhook: no webhook " + name + " is configured "
                    + "(wbci.events.webhooks: " + String.join(", ", names()) + ")");
        }
    }
}
