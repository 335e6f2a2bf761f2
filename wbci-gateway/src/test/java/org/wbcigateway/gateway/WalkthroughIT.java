package org.wbcigateway.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's walkthrough ("Try it: two gateways, one Vorabstimmung") run exactly as written, in a shell in the
 * project root, against the packaged jar: two gateways start, register each other's certificates, and a VA goes
 * from start to agreement. So the README cannot rot. Its own loops wait for each condition; the bound here only
 * ends a run that would never finish.
 */
class WalkthroughIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void theReadmeWalkthroughWorksAsWritten() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int start = readme.indexOf("### Try it: two gateways");
        assertThat(start).as("the walkthrough section").isPositive();
        int end = readme.indexOf("\n## ", start);
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL)
                .matcher(readme.substring(start, end < 0 ? readme.length() : end));
        while (m.find()) {
            blocks.add(m.group(1));
        }
        assertThat(blocks).as("its shell blocks").hasSizeGreaterThanOrEqualTo(3);
        for (int port : new int[] {8080, 8081}) {
            try (ServerSocket free = new ServerSocket(port)) {
                assertThat(free.getLocalPort())
                        .as("port %d is free for the walkthrough", port)
                        .isEqualTo(port);
            }
        }
        deleteRecursively(ROOT.resolve("try"));
        Path script = Files.createTempFile("walkthrough", ".sh");
        Files.writeString(
                script,
                "trap 'kill $(jobs -p) 2>/dev/null' EXIT\n" + String.join("\n", blocks),
                StandardCharsets.UTF_8);
        Process shell = new ProcessBuilder("bash", "-e", script.toString())
                .directory(ROOT.toFile())
                .redirectErrorStream(true)
                .start();
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> {
            try {
                output.append(new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                output.append(e);
            }
        });
        reader.start();
        boolean finished = shell.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            shell.descendants().forEach(ProcessHandle::destroy);
            shell.destroy();
        }
        reader.join(30_000);
        String logs = logs();
        assertThat(finished)
                .as("the walkthrough finished; output:%n%s%n%s", output, logs)
                .isTrue();
        assertThat(shell.exitValue())
                .as("exit status; output:%n%s%n%s", output, logs)
                .isZero();
        assertThat(output.toString()).contains("\"vorabstimmungsId\":\"DEU.AAAA.V");
        deleteRecursively(ROOT.resolve("try"));
    }

    private static String logs() {
        StringBuilder all = new StringBuilder();
        for (String log : List.of("try/aaaa.log", "try/bbbb.log")) {
            try {
                List<String> lines = Files.readAllLines(ROOT.resolve(log));
                all.append("--- ").append(log).append(" (last 40 lines)\n");
                lines.subList(Math.max(0, lines.size() - 40), lines.size())
                        .forEach(l -> all.append(l).append('\n'));
            } catch (java.io.IOException e) {
                all.append("--- ")
                        .append(log)
                        .append(": ")
                        .append(e.getMessage())
                        .append('\n');
            }
        }
        return all.toString();
    }

    /**
     * Removes the walkthrough's folder. The gateways it stopped may still be closing their database files when the
     * script returns, so a file can appear or go while the folder is being removed: tried until it is gone.
     */
    private static void deleteRecursively(Path dir) {
        org.wbcigateway.gateway.support.Patience.awaiting("the walkthrough's folder removed")
                .until(() -> {
                    try (var paths = Files.walk(dir)) {
                        for (Path p : paths.sorted(java.util.Comparator.reverseOrder())
                                .toList()) {
                            Files.deleteIfExists(p);
                        }
                    } catch (java.nio.file.NoSuchFileException | java.nio.file.DirectoryNotEmptyException e) {
                        // something was closing in it meanwhile: the next try
                    } catch (java.io.UncheckedIOException e) {
                        // a file went while the walk listed the folder: the next try
                    }
                    return !Files.exists(dir);
                });
    }
}
