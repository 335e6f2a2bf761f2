package org.wbcigateway.gateway.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import javax.sql.DataSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * The databases the released 0.14.0 gateway made through its own API ({@code legacy/0.14.0/make-fixture.sh} in the
 * test resources says how and what they hold): its embedded H2 file and a dump of its PostgreSQL schema.
 */
public final class ReleasedDatabases {

    private static final String DIR = "/legacy/0.14.0/";
    /** The schema the dump was taken from. */
    private static final Pattern DUMPED_SCHEMA = Pattern.compile("\\blegacy014\\b");
    /** psql's meta-commands around a dump (pg_dump 15.14 and later): not SQL. */
    private static final Pattern META_COMMAND = Pattern.compile("(?m)^\\\\(un)?restrict \\S+$");

    private ReleasedDatabases() {}

    /**
     * Copies the H2 file into the directory and answers the JDBC URL of the embedded default's settings on it
     * ({@code application.yaml} of 0.14.0 and today).
     */
    public static String h2Url(Path dir) {
        Path file = dir.resolve("gateway.mv.db");
        try (InputStream in = new GZIPInputStream(open("gateway.mv.db.gz"))) {
            Files.copy(in, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "jdbc:h2:file:" + dir.resolve("gateway").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    /** Restores the PostgreSQL dump into the schema, which must not exist yet (the dump creates it). */
    public static void restorePostgres(DataSource dataSource, String schema) {
        String dump;
        try (InputStream in = new GZIPInputStream(open("legacy014.sql.gz"))) {
            dump = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String sql = DUMPED_SCHEMA
                .matcher(META_COMMAND.matcher(dump).replaceAll(""))
                .replaceAll(Matcher.quoteReplacement(schema));
        try (Connection c = dataSource.getConnection()) {
            ScriptUtils.executeSqlScript(c, new ByteArrayResource(sql.getBytes(StandardCharsets.UTF_8)));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = ReleasedDatabases.class.getResourceAsStream(DIR + name);
        if (in == null) {
            throw new IllegalStateException("no " + DIR + name + " on the test class path");
        }
        return in;
    }
}
