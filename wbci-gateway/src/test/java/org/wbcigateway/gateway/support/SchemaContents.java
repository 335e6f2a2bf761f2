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
