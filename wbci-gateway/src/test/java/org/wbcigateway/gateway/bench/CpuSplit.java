package org.wbcigateway.gateway.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time of this JVM over a benchmark phase, without the benchmark's own clients (threads named {@value #CLIENT}
 * and the JDK HttpClient's): of the whole process (the gateway with its GC and JIT compiler), and of the gateway's
 * Java threads alone (request threads, pools, schedulers; the JVM's compiler and GC threads are not Java threads). On
 * a machine shared with other work a rate says how much CPU the gateway got; CPU per message says what a message
 * costs, and the Java threads' share says it without the JIT's warm-up.
 */
final class CpuSplit {

    static final String CLIENT = "bench-client-";

    /** Milliseconds of CPU per message: all of the process but the clients, and the gateway's Java threads. */
    record PerMessage(double process, double javaThreads) {}

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final long processAtStart = processCpuNanos();
    private final Map<Long, Long> clientsAtStart = threadCpu(true);
    private final Map<Long, Long> gatewayAtStart = threadCpu(false);

    PerMessage perMessage(long messages) {
        long process = processCpuNanos() - processAtStart;
        long clients = delta(threadCpu(true), clientsAtStart);
        long gateway = delta(threadCpu(false), gatewayAtStart);
        return messages == 0
                ? new PerMessage(Double.NaN, Double.NaN)
                : new PerMessage((process - clients) / 1e6 / messages, gateway / 1e6 / messages);
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

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
