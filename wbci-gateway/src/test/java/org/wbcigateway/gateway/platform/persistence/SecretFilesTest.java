package org.wbcigateway.gateway.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretFilesTest {

    @TempDir
    Path dir;

    @Test
    void aSecretFileIsOwnerOnlyEvenWhileItIsWritten() throws IOException {
        Path file = dir.resolve("sub/secret.properties");
        String[] modeWhileWriting = new String[1];

        SecretFiles.write(file, out -> {
            try (var tmp = Files.list(file.getParent())) {
                Path written = tmp.findFirst().orElseThrow();
                modeWhileWriting[0] = PosixFilePermissions.toString(Files.getPosixFilePermissions(written));
            }
            out.write("token=s3cret".getBytes(StandardCharsets.UTF_8));
        });

        assertThat(modeWhileWriting[0]).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(Files.readString(file)).isEqualTo("token=s3cret");
    }

    @Test
    void aFailedWriteLeavesNothingBehind() {
        Path file = dir.resolve("secret.p12");

        assertThatThrownBy(() -> SecretFiles.write(file, out -> {
                    out.write(1);
                    throw new IOException("disk full");
                }))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(file.toString());

        assertThat(dir).isEmptyDirectory();
    }
}
