package org.wbcigateway.gateway.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wbcigateway.wire.security.SigningKey;

/** The generated development signing key is readable by its owner only, and kept: a restart signs with the same. */
class DevelopmentSigningKeyTest {

    @TempDir
    Path dir;

    @Test
    void theGeneratedKeyIsOwnerOnlyAndTheSameAfterARestart() throws Exception {
        Path file = dir.resolve("data/DEU.AAAA-development-signing-key.p12");

        SigningKey first = SigningKeys.development(file, "DEU.AAAA", Clock.systemUTC());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(SigningKeys.development(file, "DEU.AAAA", Clock.systemUTC()).certificate())
                .isEqualTo(first.certificate());
        try (var files = Files.list(file.getParent())) {
            assertThat(files).as("no temporary file left").containsExactly(file);
        }
    }
}
