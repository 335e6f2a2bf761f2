package org.wbcigateway.gateway.platform.retention;

import java.util.List;

/** Stored messages of a schema whose personal data was just replaced: what a node has read of them is out of date. */
public record MessagesPseudonymised(String schema, List<Long> ids) {

    public MessagesPseudonymised {
        ids = List.copyOf(ids);
    }
}
