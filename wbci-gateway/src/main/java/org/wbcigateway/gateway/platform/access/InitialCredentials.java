package org.wbcigateway.gateway.platform.access;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import org.wbcigateway.gateway.platform.persistence.SecretFiles;

/**
 * The admin login and API token of a gateway started without any configured user or token: generated once, written
 * to a file only its owner can read, and read again on later starts. The secrets never go to the log.
 */
public record InitialCredentials(String username, String password, String apiToken) {

    public static final String USERNAME = "admin";

    public static InitialCredentials loadOrCreate(Path file) {
        if (Files.exists(file)) {
            return load(file);
        }
        InitialCredentials created = new InitialCredentials(USERNAME, random(18), random(32));
        created.write(file);
        return created;
    }

    private static InitialCredentials load(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        String password = p.getProperty("password");
        String token = p.getProperty("api-token");
        if (password == null || token == null) {
            throw new IllegalStateException(file + " lacks password or api-token; delete it to have new ones made");
        }
        return new InitialCredentials(p.getProperty("username", USERNAME), password, token);
    }

    private void write(Path file) {
        Properties p = new Properties();
        p.setProperty("username", username);
        p.setProperty("password", password);
        p.setProperty("api-token", apiToken);
        SecretFiles.write(
                file,
                out -> p.store(
                        new OutputStreamWriter(out, StandardCharsets.UTF_8),
                        "wbci-gateway: generated console login (role ADMIN) and API token (role ADMIN). "
                                + "Configure wbci.access.users / wbci.access.tokens and delete this file."));
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
