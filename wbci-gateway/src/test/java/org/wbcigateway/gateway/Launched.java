package org.wbcigateway.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/** A gateway started as a process of its own (the jar, or the container image's entrypoint), up once it reported. */
final class Launched implements AutoCloseable {

    private final Process process;
    private final ConcurrentLinkedQueue<String> output = new ConcurrentLinkedQueue<>();

    private Launched(Process process) {
        this.process = process;
    }

    /**
     * Starts the command with exactly this environment (nothing inherited but {@code PATH}) and waits for the startup
     * report; fails with the process output if it ends before.
     */
    static Launched start(List<String> command, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        String path = builder.environment().get("PATH");
        builder.environment().clear();
        builder.environment().put("PATH", path);
        builder.environment().putAll(environment);
        Launched launched = new Launched(builder.start());
        CompletableFuture<Boolean> up = CompletableFuture.supplyAsync(launched::readUntilReport);
        boolean reported = up.get(300, TimeUnit.SECONDS); // bounds a failing test only
        if (!reported) {
            launched.close();
        }
        assertThat(reported)
                .as("startup report printed; output:%n%s", launched.output())
                .isTrue();
        return launched;
    }

    String output() {
        return String.join("\n", output);
    }

    /** Reads the output until the startup report; then keeps draining it so the process never blocks. */
    private boolean readUntilReport() {
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        try {
            String line;
            while ((line = out.readLine()) != null) {
                output.add(line);
                if (line.contains(" is up (")) {
                    Thread drain = new Thread(() -> out.lines().forEach(output::add));
                    drain.setDaemon(true);
                    drain.start();
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Stops the process and everything it started. The image's entrypoint runs under {@code unshare --fork
     * --kill-child --setuid}: the change of user clears the "kill me when my parent dies" the child was given, so
     * ending {@code unshare} alone would leave the gateway running (and every later build on the machine slower).
     */
    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> tree = process.descendants().toList();
        process.destroy();
        tree.forEach(ProcessHandle::destroy);
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(20, TimeUnit.SECONDS);
        }
        for (ProcessHandle descendant : tree) {
            if (!ended(descendant)) {
                descendant.destroyForcibly();
                ended(descendant);
            }
        }
        assertThat(tree).as("processes of the launched gateway still running").noneMatch(ProcessHandle::isAlive);
    }

    private static boolean ended(ProcessHandle process) throws InterruptedException {
        try {
            process.onExit().get(20, TimeUnit.SECONDS);
            return true;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return false;
        }
    }
}
