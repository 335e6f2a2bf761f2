package org.wbcigateway.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time per operation, beside the throughput: of the benchmark's threads ({@code cpu.per.op}), and of its whole
 * JVM, JIT compiler and GC included ({@code process.cpu.per.op}). On a machine shared with other work, throughput says
 * how much CPU the benchmark got; these say how much one operation costs. Warm up by operations, not seconds: on a
 * loaded machine the JIT needs a few thousand operations. Use:
 * {@code java -jar bench/target/benchmarks.jar InboundFloor -prof org.wbcigateway.bench.CpuTimeProfiler}.
 */
public final class CpuTimeProfiler implements InternalProfiler {

    private static final String WORKER = "jmh-worker";

    private long cpuAtStart;
    private long workersAtStart;

    @Override
    public String getDescription() {
        return "process CPU time per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        cpuAtStart = processCpuNanos();
        workersAtStart = workerCpuNanos();
    }

    @Override
    public Collection<? extends Result> afterIteration(
            BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
        long ops = result.getMetadata().getMeasuredOps();
        return List.of(
                new ScalarResult(
                        "cpu.per.op", perOp(workerCpuNanos() - workersAtStart, ops), "us/op", AggregationPolicy.AVG),
                new ScalarResult(
                        "process.cpu.per.op",
                        perOp(processCpuNanos() - cpuAtStart, ops),
                        "us/op",
                        AggregationPolicy.AVG));
    }

    private static double perOp(long nanos, long ops) {
        return ops == 0 ? Double.NaN : nanos / 1e3 / ops;
    }

    /** The benchmark threads of this JVM (JMH names them …-jmh-worker-N); they live through all iterations. */
    private static long workerCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().contains(WORKER)) {
                sum += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return sum;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
