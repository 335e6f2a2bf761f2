package org.wbcigateway.gateway.crm;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of a CSV text (RFC 4180, read by Apache Commons CSV): fields split by the delimiter; a quoted field may
 * hold delimiters, line breaks and doubled quotes. Blank lines are skipped. Tracks the line each record starts on,
 * for error reports.
 */
final class CsvRecords {

    private final String text;
    private final int[] lineStarts;
    private final Iterator<CSVRecord> records;
    private long recordLine;

    CsvRecords(String text, char delimiter) {
        this.text = text;
        this.lineStarts = lineStarts(text);
        try {
            this.records = CSVFormat.RFC4180
                    .builder()
                    .setDelimiter(delimiter)
                    .setIgnoreEmptyLines(true)
                    .get()
                    .parse(new StringReader(text))
                    .iterator();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next record's fields, or {@code null} at the end of the text. */
    List<String> next() {
        CSVRecord record;
        try {
            if (!records.hasNext()) {
                return null;
            }
            record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new IllegalArgumentException(
                    "the CSV cannot be read after line " + recordLine + ": " + unclosed(e), e);
        }
        // the parser's position is where it began, before the blank lines it skipped
        int start = (int) Math.min(record.getCharacterPosition(), text.length());
        while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
            start++;
        }
        recordLine = lineOf(start);
        return record.toList();
    }

    /** The line (from 1) the last record returned by {@link #next()} starts on. */
    long recordLine() {
        return recordLine;
    }

    private String unclosed(RuntimeException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("EOF") || message.contains("encapsulated")
                ? "a quoted field is not closed"
                : "a field is malformed";
    }

    private long lineOf(long position) {
        int i = Arrays.binarySearch(lineStarts, (int) Math.min(position, Integer.MAX_VALUE));
        return (i >= 0 ? i : -i - 2) + 1L;
    }

    /** Where each line starts (after \n, \r\n or a lone \r). */
    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, n);
    }
}
