package org.wbcigateway.gateway.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time of this JVM over a benchmark phase, without the benchmark's own clients (threads named {@value #CLIENT}
 * and the JDK HttpClient's): of the whole process (the gateway with its GC and JIT compiler), and of the gateway's
 * Java threads alone (request threads, pools, schedulers; the JVM's compiler and GC threads are not Java threads);
 * beside it, from {@code /proc} (Linux), PostgreSQL's processes on this machine and the whole machine (all CPUs, not
 * idle: the clients and everything else included). On
 * a machine shared with other work a rate says how much CPU the gateway got; CPU per message says what a message
 * costs, and the Java threads' share says it without the JIT's warm-up.
 */
final class CpuSplit {

    static final String CLIENT = "bench-client-";

    /**
     * Milliseconds of CPU per message: all of the process but the clients, the gateway's Java threads, PostgreSQL's
     * processes (NaN where there is no {@code /proc}), and the machine's CPUs in all.
     */
    record PerMessage(double process, double javaThreads, double postgres, double machine) {}

    /** Linux's USER_HZ: the unit of CPU times in {@code /proc}. */
    private static final double TICK_NANOS = 1e9 / 100;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final long processAtStart = processCpuNanos();
    private final Map<Long, Long> clientsAtStart = threadCpu(true);
    private final Map<Long, Long> gatewayAtStart = threadCpu(false);
    private final long postgresAtStart = postgresTicks();
    private final long machineAtStart = machineTicks();

    PerMessage perMessage(long messages) {
        long process = processCpuNanos() - processAtStart;
        long clients = delta(threadCpu(true), clientsAtStart);
        long gateway = delta(threadCpu(false), gatewayAtStart);
        double postgres = (postgresTicks() - postgresAtStart) * TICK_NANOS;
        double machine = (machineTicks() - machineAtStart) * TICK_NANOS;
        return messages == 0
                ? new PerMessage(Double.NaN, Double.NaN, Double.NaN, Double.NaN)
                : new PerMessage(
                        (process - clients) / 1e6 / messages,
                        gateway / 1e6 / messages,
                        postgres < 0 ? Double.NaN : postgres / 1e6 / messages,
                        machine < 0 ? Double.NaN : machine / 1e6 / messages);
    }

    private static long delta(Map<Long, Long> now, Map<Long, Long> before) {
        long sum = 0;
        for (Map.Entry<Long, Long> e : now.entrySet()) {
            sum += e.getValue() - before.getOrDefault(e.getKey(), 0L);
        }
        return sum;
    }

    /** CPU nanoseconds per live thread: the clients', or all others. */
    private Map<Long, Long> threadCpu(boolean clients) {
        Map<Long, Long> cpu = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && isClient(info.getThreadName()) == clients) {
                cpu.put(info.getThreadId(), Math.max(0, threads.getThreadCpuTime(info.getThreadId())));
            }
        }
        return cpu;
    }

    private static boolean isClient(String name) {
        return name.startsWith(CLIENT) || name.startsWith("HttpClient-");
    }

    /**
     * CPU ticks of every process named {@code postgres}, with the children its processes have reaped (the
     * postmaster's, for connections closed meanwhile); -1 without {@code /proc}.
     */
    private static long postgresTicks() {
        Path proc = Path.of("/proc");
        if (!Files.isDirectory(proc)) {
            return -1;
        }
        long ticks = 0;
        try (DirectoryStream<Path> pids = Files.newDirectoryStream(proc, "[0-9]*")) {
            for (Path pid : pids) {
                ticks += postgresTicks(pid);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ticks;
    }

    private static long postgresTicks(Path pid) {
        try {
            String stat = Files.readString(pid.resolve("stat"));
            int close = stat.lastIndexOf(')');
            if (!stat.substring(stat.indexOf('(') + 1, close).equals("postgres")) {
                return 0;
            }
            // after "(comm) ": state is field 3; utime, stime, cutime, cstime are fields 14 to 17
            String[] fields = stat.substring(close + 2).split(" ");
            long sum = 0;
            for (int field = 14; field <= 17; field++) {
                sum += Long.parseLong(fields[field - 3]);
            }
            return sum;
        } catch (IOException | RuntimeException e) {
            return 0; // the process ended meanwhile
        }
    }

    /** Non-idle CPU ticks of all CPUs (user, nice, system, irq, softirq, steal); -1 without {@code /proc/stat}. */
    private static long machineTicks() {
        try {
            String[] cpu =
                    Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long sum = 0;
            for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
                sum += Long.parseLong(cpu[i]);
            }
            return sum;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
