package org.wbcigateway.gateway.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Holds real HTTP answers against the gateway's own OpenAPI document ({@code /api-docs}): the operation must be
 * documented, the status among its responses, the content type among that response's, and a JSON body valid
 * against its schema (OpenAPI 3.1 schemas are JSON Schema 2020-12, so they are checked as such, with the document's
 * components for {@code $ref}).
 */
public final class OpenApiContract {

    /** One request and its answer as a client saw it. */
    public record Exchange(String method, String path, int status, String contentType, String body) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode document;
    private final JsonSchemaFactory schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final Set<String> covered = new TreeSet<>();

    private OpenApiContract(ObjectNode document) {
        this.document = document;
    }

    public static OpenApiContract of(String document) {
        try {
            return new OpenApiContract((ObjectNode) JSON.readTree(document));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not an OpenAPI document: " + e.getMessage(), e);
        }
    }

    /** What is wrong with this answer by the document; empty if nothing. */
    public List<String> violations(Exchange e) {
        String at = e.method() + " " + e.path() + " -> " + e.status();
        String path = e.path().replaceFirst("\\?.*", "");
        if (!path.startsWith("/api/")) {
            return List.of(); // the document describes the REST API only
        }
        Optional<String> template = template(path);
        if (template.isEmpty()) {
            return List.of(at + ": no documented path matches");
        }
        var operation =
                document.path("paths").path(template.get()).path(e.method().toLowerCase(Locale.ROOT));
        if (operation.isMissingNode()) {
            return List.of(at + ": " + e.method() + " " + template.get() + " is not documented");
        }
        covered.add(e.method() + " " + template.get());
        var responses = operation.path("responses");
        var response = responses.path(String.valueOf(e.status()));
        if (response.isMissingNode()) {
            response = responses.path("default");
        }
        if (response.isMissingNode()) {
            List<String> documented = new ArrayList<>();
            responses.fieldNames().forEachRemaining(documented::add);
            return List.of(at + ": status not documented (documented: " + documented + ")");
        }
        if (e.body() == null || e.body().isEmpty()) {
            return List.of();
        }
        String type = e.contentType().replaceFirst(";.*", "").trim();
        var content = response.path("content");
        var media = content.path(type);
        if (media.isMissingNode()) {
            media = content.path("*/*");
        }
        if (media.isMissingNode()) {
            List<String> documented = new ArrayList<>();
            content.fieldNames().forEachRemaining(documented::add);
            return List.of(at + ": content type " + type + " not documented (documented: " + documented + ")");
        }
        if (!type.endsWith("json") || media.path("schema").isMissingNode()) {
            return List.of();
        }
        ObjectNode schema = JSON.createObjectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.setAll((ObjectNode) media.path("schema").deepCopy());
        schema.set("components", document.path("components").deepCopy());
        JsonSchema validator = schemas.getSchema(schema);
        try {
            Set<ValidationMessage> errors = validator.validate(JSON.readTree(e.body()));
            return errors.stream().map(m -> at + ": " + m.getMessage()).toList();
        } catch (java.io.IOException x) {
            return List.of(at + ": body is not JSON: " + x.getMessage());
        }
    }

    /** The operations ({@code METHOD /template}) the checked answers came from. */
    public Set<String> covered() {
        return covered;
    }

    /** Every documented operation ({@code METHOD /template}). */
    public Set<String> operations() {
        Set<String> all = new TreeSet<>();
        document.path("paths")
                .fields()
                .forEachRemaining(p -> p.getValue()
                        .fieldNames()
                        .forEachRemaining(m -> all.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey())));
        return all;
    }

    /** The documented path template matching a concrete path; literal segments win over variables. */
    private Optional<String> template(String path) {
        String best = null;
        int bestLiterals = -1;
        for (Iterator<String> it = document.path("paths").fieldNames(); it.hasNext(); ) {
            String candidate = it.next();
            String regex = Pattern.quote(candidate).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
            if (path.matches(regex)) {
                int literals = candidate.replaceAll("\\{[^}]+}", "").length();
                if (literals > bestLiterals) {
                    best = candidate;
                    bestLiterals = literals;
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
