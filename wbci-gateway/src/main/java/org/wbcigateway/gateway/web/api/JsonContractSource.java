package org.wbcigateway.gateway.web.api;

import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.wbcigateway.gateway.crm.ContractSource;
import org.wbcigateway.gateway.crm.ImportRow;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Contracts from a JSON array of the objects {@code PUT /api/crm/contracts/{id}} takes, each with its {@code id}.
 * The array is streamed, one element at a time; a row's number is its position in the array, from 1.
 */
final class JsonContractSource implements ContractSource {

    private final JsonMapper json;
    private final ObjectReader element;
    private final byte[] body;

    /** Refuses at once a body that is not a JSON array. */
    JsonContractSource(JsonMapper json, byte[] body) {
        this.json = json;
        this.element = json.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.body = body;
        try (JsonParser parser = json.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new IllegalArgumentException("a JSON array of contracts is expected");
            }
        } catch (JacksonException e) {
            throw new IllegalArgumentException("a JSON array of contracts is expected: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public String format() {
        return "JSON";
    }

    /** Also checks that the whole document is well-formed JSON, so a broken one imports nothing. */
    @Override
    public int count() {
        try (JsonParser parser = json.createParser(body)) {
            parser.nextToken();
            int rows = 0;
            while (next(parser) != JsonToken.END_ARRAY) {
                parser.skipChildren();
                rows++;
            }
            return rows;
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the JSON cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public void read(Consumer<ImportRow> rows) {
        try (JsonParser parser = json.createParser(body)) {
            parser.nextToken();
            long row = 0;
            while (next(parser) != JsonToken.END_ARRAY) {
                rows.accept(row(++row, element.readValue(parser)));
            }
        }
    }

    private static JsonToken next(JsonParser parser) {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw new IllegalArgumentException("the JSON array is not closed");
        }
        return token;
    }

    private ImportRow row(long row, JsonNode node) {
        if (!(node instanceof ObjectNode contract)) {
            return ImportRow.rejected(row, null, "structure: a contract is a JSON object");
        }
        JsonNode idNode = contract.remove("id");
        String id = idNode != null && idNode.isValueNode() && !idNode.isNull() ? idNode.asString() : null;
        try {
            CrmRequests.ContractRequest request = json.treeToValue(contract, CrmRequests.ContractRequest.class);
            return ImportRow.of(row, request.toContract(ImportRow.requireId(id)));
        } catch (IllegalArgumentException e) {
            return ImportRow.rejected(row, id, ImportRow.reason(e));
        } catch (JacksonException e) {
            return ImportRow.rejected(row, id, "structure: " + describe(e));
        }
    }

    /** Where in the contract reading failed, and Jackson's reason. */
    private static String describe(JacksonException e) {
        String path = e.getPath().stream()
                .map(r -> r.getPropertyName() != null
                        ? "." + r.getPropertyName()
                        : r.getIndex() >= 0 ? "[" + r.getIndex() + "]" : "")
                .collect(Collectors.joining());
        return (path.isEmpty() ? "" : "at " + path.substring(path.startsWith(".") ? 1 : 0) + ": ")
                + e.getOriginalMessage();
    }
}
