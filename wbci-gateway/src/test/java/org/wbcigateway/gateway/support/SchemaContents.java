package org.wbcigateway.gateway.support;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every row of every table of a schema as text (column = value, a binary value as its length and SHA-256), rows
 * sorted: what a migration must keep, compared before and after it.
 */
public record SchemaContents(Map<String, List<String>> tables) {

    public static SchemaContents read(DataSource dataSource, String schema) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        Map<String, List<String>> tables = new TreeMap<>();
        for (String table : jdbc.sql("SELECT table_name FROM information_schema.tables "
                        + "WHERE table_schema = ? AND table_type = 'BASE TABLE'")
                .param(schema)
                .query(String.class)
                .list()) {
            tables.put(
                    table,
                    jdbc
                            .sql("SELECT * FROM \"" + schema + "\".\"" + table + "\"")
                            .query(SchemaContents::row)
                            .list()
                            .stream()
                            .sorted()
                            .toList());
        }
        return new SchemaContents(tables);
    }

    public List<String> rows(String table) {
        List<String> rows = tables.get(table);
        if (rows == null) {
            throw new IllegalArgumentException("no table " + table + " among " + tables.keySet());
        }
        return rows;
    }

    public Map<String, Integer> counts() {
        return tables.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size(), (a, b) -> a, TreeMap::new));
    }

    /** These contents without some tables. */
    public SchemaContents without(java.util.Collection<String> names) {
        Map<String, List<String>> rest = new TreeMap<>(tables);
        rest.keySet().removeAll(names);
        return new SchemaContents(rest);
    }

    /**
     * These contents seen as the older contents would show them: only the tables they have, and of each row only the
     * columns those tables had (a column added later is left out).
     */
    public SchemaContents asOf(SchemaContents older) {
        Map<String, List<String>> seen = new TreeMap<>();
        older.tables().forEach((table, olderRows) -> {
            List<String> rows = tables.get(table);
            if (rows == null || olderRows.isEmpty()) {
                seen.put(table, rows);
                return;
            }
            java.util.Set<String> columns = columns(olderRows.get(0));
            seen.put(
                    table,
                    rows.stream().map(row -> project(row, columns)).sorted().toList());
        });
        return new SchemaContents(seen);
    }

    /** The tables these contents have and the older ones had not. */
    public java.util.Set<String> tablesAddedSince(SchemaContents older) {
        java.util.Set<String> added = new java.util.TreeSet<>(tables.keySet());
        added.removeAll(older.tables().keySet());
        return added;
    }

    /** A row as {@link #row} writes it: {@code {a=1, b=x}}, columns in order, values without ", " of their own. */
    private static java.util.Set<String> columns(String row) {
        java.util.Set<String> columns = new java.util.TreeSet<>();
        for (String entry : entries(row)) {
            columns.add(entry.substring(0, entry.indexOf('=')));
        }
        return columns;
    }

    private static String project(String row, java.util.Set<String> columns) {
        Map<String, String> kept = new TreeMap<>();
        for (String entry : entries(row)) {
            int eq = entry.indexOf('=');
            if (columns.contains(entry.substring(0, eq))) {
                kept.put(entry.substring(0, eq), entry.substring(eq + 1));
            }
        }
        return kept.toString();
    }

    /** The {@code column=value} entries of a row; a value may hold ", " itself, so an entry starts at a column name. */
    private static List<String> entries(String row) {
        String inner = row.substring(1, row.length() - 1);
        List<String> entries = new java.util.ArrayList<>();
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("(?:^|, )([a-z_0-9]+)=").matcher(inner);
        int start = -1;
        String name = null;
        while (m.find()) {
            if (name != null) {
                entries.add(name + "=" + inner.substring(start, m.start()));
            }
            name = m.group(1);
            start = m.end();
        }
        if (name != null) {
            entries.add(name + "=" + inner.substring(start));
        }
        return entries;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String row(ResultSet rs, int rowNum) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, String> row = new TreeMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            Object value = rs.getObject(i);
            row.put(
                    meta.getColumnLabel(i).toLowerCase(Locale.ROOT),
                    value instanceof byte[] bytes
                            ? bytes.length + " bytes, SHA-256 " + sha256(bytes)
                            : String.valueOf(value));
        }
        return row.toString();
    }
}
