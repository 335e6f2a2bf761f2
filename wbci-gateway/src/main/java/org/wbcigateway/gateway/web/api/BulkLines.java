package org.wbcigateway.gateway.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The line shapes of {@code POST /api/bulk} (NDJSON in, NDJSON out). */
final class BulkLines {

    private BulkLines() {}

    @Schema(name = "BulkLine", description = "One action; its body is the single endpoint's request body")
    record Line(
            @Schema(description = "the caller's reference, echoed in the result (at most 200 characters)")
            String ref,

            BulkAction action,

            @Schema(description = "the Vorabstimmung acted on; not for START_VORABSTIMMUNG")
            String vorabstimmungsId,

            @Schema(description = "the request body of the action's single endpoint; not for ERLM")
            JsonNode body) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(
            name = "BulkResult",
            description = "The result of one line, once its transaction committed: the single "
                    + "endpoint's status with its answer (sent) or its problem (RFC 9457)")
    record Result(int line, String ref, int status, Views.Sent sent, Map<String, Object> problem) {}
}
