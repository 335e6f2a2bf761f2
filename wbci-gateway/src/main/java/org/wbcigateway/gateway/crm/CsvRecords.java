package org.wbcigateway.gateway.crm;

import java.util.ArrayList;
import java.util.List;

/**
 * The records of a CSV text (RFC 4180): fields split by the delimiter; a quoted field may hold delimiters, line
 * breaks and doubled quotes. Blank lines are skipped. Tracks the line each record starts on, for error reports.
 */
final class CsvRecords {

    private final String text;
    private final char delimiter;
    private int pos;
    private long line = 1;
    private long recordLine;

    CsvRecords(String text, char delimiter) {
        this.text = text;
        this.delimiter = delimiter;
    }

    /** The next record's fields, or {@code null} at the end of the text. */
    List<String> next() {
        while (pos < text.length() && isLineBreak(text.charAt(pos))) {
            lineBreak(text.charAt(pos++));
        }
        if (pos >= text.length()) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (quoted) {
                if (c != '"') {
                    field.append(c);
                    if (isLineBreak(c)) {
                        field.append(c == '\r' && pos < text.length() && text.charAt(pos) == '\n' ? "\n" : "");
                        lineBreak(c);
                    }
                } else if (pos < text.length() && text.charAt(pos) == '"') {
                    field.append('"');
                    pos++;
                } else {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (isLineBreak(c)) {
                lineBreak(c);
                break;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("the quoted field starting in line " + recordLine + " is not closed");
        }
        fields.add(field.toString());
        return fields;
    }

    long recordLine() {
        return recordLine;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    /** Counts a line; CR LF is one line break. */
    private void lineBreak(char c) {
        if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
            pos++;
        }
        line++;
    }
}
