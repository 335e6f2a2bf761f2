package org.wbcigateway.gateway.web.console;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.wbcigateway.domain.code.Meldungscode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A WBCI message's content as an agent reads it, above its XML: every field with a label, nested parts indented
 * (holders, Standort, Rufnummern and blocks, resources, Meldungspositionen), Meldungscodes with their text, dates as
 * dates. Read from the message as the gateway parsed it, the same JSON the API shows.
 */
@Component
class MessageContent {

    /** One line: how deep it is nested, its label, and its value (empty for a heading of nested lines). */
    record Row(int depth, String label, String value) {}

    /** Envelope parts every message has, shown elsewhere on the page. */
    private static final Set<String> SKIPPED = Set.of("absender", "endkundenvertragspartner", "type");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final JsonMapper json;
    private final ConsoleLabels labels;

    MessageContent(JsonMapper json, ConsoleLabels labels) {
        this.json = json;
        this.labels = labels;
    }

    List<Row> of(Object parsed) {
        List<Row> rows = new ArrayList<>();
        if (parsed != null) {
            object(json.valueToTree(parsed), 0, rows);
        }
        return rows;
    }

    private void object(JsonNode node, int depth, List<Row> rows) {
        node.properties().forEach(field -> {
            String name = field.getKey();
            if (depth == 0 && SKIPPED.contains(name)) {
                return;
            }
            value(name, field.getValue(), depth, rows);
        });
    }

    private void value(String name, JsonNode value, int depth, List<Row> rows) {
        if (value == null || value.isNull() || value.isMissingNode() || (value.isContainer() && value.isEmpty())) {
            return;
        }
        String label = labels.of("field", name);
        if (value.isObject()) {
            rows.add(new Row(depth, label, ""));
            object(value, depth + 1, rows);
        } else if (value.isArray()) {
            int i = 0;
            for (JsonNode element : value) {
                i++;
                if (element.isObject()) {
                    rows.add(new Row(depth, value.size() > 1 ? label + " " + i : label, ""));
                    object(element, depth + 1, rows);
                } else {
                    rows.add(new Row(depth, label, scalar(name, element)));
                }
            }
        } else {
            rows.add(new Row(depth, label, scalar(name, value)));
        }
    }

    private String scalar(String name, JsonNode value) {
        if (value.isBoolean()) {
            return labels.of("bool", value.asBoolean());
        }
        String text = value.asString();
        if (name.equals("meldungscode") || name.equals("code")) {
            return Meldungscode.find(text)
                    .map(c -> c.code() + " – " + c.standardtext())
                    .orElse(text);
        }
        if (name.equals("anrede") || name.equals("art") || name.equals("portierungszeitfenster")) {
            return labels.of(name, text);
        }
        if (name.equals("geschaeftsfall")) {
            return labels.of("gf", text);
        }
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            try {
                return LocalDate.parse(text).format(DATE);
            } catch (DateTimeParseException e) {
                return text;
            }
        }
        return text;
    }
}
