package org.wbcigateway.gateway.web.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI document as a client generator may trust it: title and version, the bearer token every call needs,
 * and every refusal an operation can answer as an RFC 9457 problem ({@code application/problem+json}). The refusals
 * every operation shares are added here from what the operation takes (a body, path variables, parameters); those
 * of its own (409, 422) are on the operation. {@code OpenApiContractTest} holds real answers against it.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BEARER = "bearer";
    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";

    /** Operations anyone may call (see AccessConfig): no token, so no 401 or 403. */
    private static final Set<String> PUBLIC = Set.of("/api/certificates/own");

    private static final Map<String, String> REFUSALS = Map.ofEntries(
            Map.entry("400", "The body, a parameter or a value is invalid (the problem names it)"),
            Map.entry("401", "No valid API token (Authorization: Bearer <token>)"),
            Map.entry("403", "The token's role may not do this"),
            Map.entry("404", "No such resource"),
            Map.entry("409", "The current state forbids it"),
            Map.entry("413", "The body is larger than wbci.api.max-request-size (imports: max-import-size)"),
            Map.entry("415", "The body's Content-Type is not one this operation reads"),
            Map.entry("422", "The content or dates break a protocol rule (violations name each rule)"),
            Map.entry("500", "Unexpected error (logged with its cause; the problem carries none)"),
            Map.entry("503", "The database is not reachable; retry later"));

    @Bean
    OpenAPI gatewayOpenApi(ObjectProvider<BuildProperties> build) {
        String version = build.getIfAvailable() == null
                ? "development"
                : build.getIfAvailable().getVersion();
        return new OpenAPI()
                .info(new Info()
                        .title("wbci-gateway REST API")
                        .version(version)
                        .description("Vorabstimmungen (WBCI) in both roles, the CRM mediation, the partner directory, "
                                + "the event feed and operations. Every call needs an API token "
                                + "(Authorization: Bearer <token>); every refusal is application/problem+json.")
                        .license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("An API token of wbci.access.tokens, or the generated one"))
                        .addSchemas(PROBLEM, problem()))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema problem() {
        Schema violation = new ObjectSchema()
                .addProperty("rule", new StringSchema())
                .addProperty("description", new StringSchema())
                .addProperty("detail", new StringSchema());
        return new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("kind", new StringSchema().description("STATE (409) or CONTENT (422)"))
                .addProperty("reason", new StringSchema().description("the partner directory's reason"))
                .addProperty("violations", new ArraySchema().items(violation))
                .required(List.of("title", "status"));
    }

    /**
     * A property that is not required is answered as {@code null} when it has no value (the API writes every
     * field): its schema allows null, as OpenAPI 3.1 says it (a type list with "null", or anyOf with a null type
     * beside a reference).
     */
    @Bean
    OpenApiCustomizer optionalMeansNullable() {
        return openApi -> {
            if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
                return;
            }
            openApi.getComponents().getSchemas().values().forEach(ApiDocumentation::nullableOptionals);
        };
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void nullableOptionals(Schema schema) {
        if (schema.getAllOf() != null) {
            ((List<Schema>) schema.getAllOf()).forEach(ApiDocumentation::nullableOptionals);
        }
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        properties.replaceAll((name, property) -> required.contains(name) ? property : nullable(property));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema nullable(Schema property) {
        if (property.get$ref() != null) {
            return new Schema<>()
                    .anyOf(List.of(new Schema<>().$ref(property.get$ref()), new Schema<>().types(Set.of("null"))));
        }
        if (property.getTypes() != null && !property.getTypes().isEmpty()) {
            property.addType("null");
            if (property.getEnum() != null && !property.getEnum().contains(null)) {
                List values = new java.util.ArrayList<>(property.getEnum());
                values.add(null);
                property.setEnum(values);
            }
        }
        return property;
    }

    @Bean
    OperationCustomizer refusals() {
        return (operation, handler) -> {
            String path = path(handler);
            boolean open = PUBLIC.contains(path);
            if (open) {
                operation.setSecurity(List.of());
            }
            ApiResponses responses = operation.getResponses();
            var parameters = Arrays.stream(handler.getMethodParameters()).toList();
            var mapping = handler.getMethodAnnotation(org.springframework.web.bind.annotation.RequestMapping.class);
            boolean body = parameters.stream().anyMatch(p -> p.hasParameterAnnotation(RequestBody.class))
                    || operation.getRequestBody() != null
                    || (mapping != null && mapping.consumes().length > 0);
            boolean pathVariables = parameters.stream().anyMatch(p -> p.hasParameterAnnotation(PathVariable.class));
            boolean params = parameters.stream().anyMatch(p -> p.hasParameterAnnotation(RequestParam.class));
            if (body || pathVariables || params) {
                add(responses, "400");
            }
            if (!open) {
                add(responses, "401");
                add(responses, "403");
            }
            if (pathVariables) {
                add(responses, "404");
            }
            if (body) {
                add(responses, "413");
                add(responses, "415");
            }
            add(responses, "500");
            add(responses, "503");
            responses.forEach((status, response) -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    problemContent(response, status);
                }
            });
            return operation;
        };
    }

    private static String path(HandlerMethod handler) {
        var type = handler.getBeanType().getAnnotation(org.springframework.web.bind.annotation.RequestMapping.class);
        var get = handler.getMethodAnnotation(org.springframework.web.bind.annotation.GetMapping.class);
        String prefix = type == null || type.value().length == 0 ? "" : type.value()[0];
        String own = get == null || get.value().length == 0 ? "" : get.value()[0];
        return prefix + own;
    }

    private static void add(ApiResponses responses, String status) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse());
        }
    }

    private static void problemContent(ApiResponse response, String status) {
        if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription(REFUSALS.getOrDefault(status, "Refused"));
        }
        response.setContent(new Content()
                .addMediaType(
                        PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }
}
