package org.wbcigateway.gateway.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every package of the gateway says in its {@code package-info.java} what it holds. */
class PackageInfoTest {

    private static final Path SOURCES = Path.of("src/main/java/org/wbcigateway/gateway");

    @Test
    void everyPackageDescribesItself() throws IOException {
        List<Path> packages;
        try (Stream<Path> dirs = Files.walk(SOURCES)) {
            packages = dirs.filter(Files::isDirectory).toList();
        }
        assertThat(packages).isNotEmpty();
        for (Path dir : packages) {
            Path info = dir.resolve("package-info.java");
            assertThat(info).as("package-info.java in %s", dir).exists();
            assertThat(Files.readString(info))
                    .as("%s says what the package holds", info)
                    .contains("/**");
        }
    }
}
