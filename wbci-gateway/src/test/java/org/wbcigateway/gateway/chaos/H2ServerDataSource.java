package org.wbcigateway.gateway.chaos;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * Reads a gateway's embedded H2 database from the test process while the gateway runs: the gateway opens its file
 * with {@code AUTO_SERVER=TRUE}, so its own process serves the database over TCP, and this connects to that server as
 * named in the file lock (a new address and key after every restart). It never opens the file itself — while the
 * gateway is down a connection fails, as a query to a stopped PostgreSQL would, and the file stays the gateway's.
 */
final class H2ServerDataSource extends AbstractDataSource {

    static final String SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private final Path database;

    /** @param database the database path without {@code .mv.db}, as in its {@code jdbc:h2:file:} URL */
    H2ServerDataSource(Path database) {
        this.database = database.toAbsolutePath();
    }

    /** The gateway's URL: the README's default settings, served to this test over TCP. */
    String gatewayUrl() {
        return "jdbc:h2:file:" + database + SETTINGS + ";AUTO_SERVER=TRUE";
    }

    @Override
    public Connection getConnection() throws SQLException {
        Properties lock = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(database + ".lock.db"))) {
            lock.load(in);
        } catch (IOException e) {
            throw new SQLException("no lock file (gateway not started yet): " + e.getMessage(), e);
        }
        String server = lock.getProperty("server");
        String id = lock.getProperty("id");
        if (server == null || id == null) {
            throw new SQLException("the gateway's H2 server is not up");
        }
        return DriverManager.getConnection("jdbc:h2:tcp://" + server + "/" + id + SETTINGS, "sa", "");
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }
}
