package org.wbcigateway.gateway.crm;

import java.util.List;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/** The foreign CRMs a tenant may use ({@code wbci.crm.sources}), by name. */
@Component
public class CrmSources {

    private final CrmProperties properties;

    CrmSources(CrmProperties properties) {
        this.properties = properties;
    }

    public List<String> names() {
        return List.copyOf(new TreeSet<>(properties.sources().keySet()));
    }

    /** Fails unless the name is null (the built-in CRM) or a configured source. */
    public void requireKnown(String name) {
        if (name != null && !properties.sources().containsKey(name)) {
            throw new IllegalArgumentException("crmSource: no CRM source " + name + " is configured "
                    + "(wbci.crm.sources: " + String.join(", ", names()) + ")");
        }
    }
}
