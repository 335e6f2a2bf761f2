package org.wbcigateway.gateway.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time of this JVM over a benchmark phase, split into the benchmark's own clients (threads named
 * {@value #CLIENT} and the JDK HttpClient's) and the rest: the gateway, its GC and JIT. On a machine shared with other
 * work a rate says how much CPU the gateway got; CPU per message says what a message costs.
 */
final class CpuSplit {

    static final String CLIENT = "bench-client-";

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final long processAtStart = processCpuNanos();
    private final Map<Long, Long> clientsAtStart = clientThreads();

    /** Milliseconds of CPU the gateway spent per message since this split started (all but the clients). */
    double gatewayMillisPerMessage(long messages) {
        long process = processCpuNanos() - processAtStart;
        long clients = 0;
        for (Map.Entry<Long, Long> e : clientThreads().entrySet()) {
            clients += e.getValue() - clientsAtStart.getOrDefault(e.getKey(), 0L);
        }
        return messages == 0 ? Double.NaN : (process - clients) / 1e6 / messages;
    }

    private Map<Long, Long> clientThreads() {
        Map<Long, Long> cpu = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && (info.getThreadName().startsWith(CLIENT) || info.getThreadName().startsWith("HttpClient-"))) {
                cpu.put(info.getThreadId(), Math.max(0, threads.getThreadCpuTime(info.getThreadId())));
            }
        }
        return cpu;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
