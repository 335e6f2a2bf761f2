package org.wbcigateway.gateway.crm;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** The progress of one contract import: written by the import thread, read by anyone. */
public final class ImportJob {

    public enum State {
        RUNNING,
        DONE,
        FAILED
    }

    /** A row that was not imported, and the rule or simple type it broke. */
    public record Rejection(long row, String contractId, String reason) {}

    /**
     * A snapshot of the job.
     *
     * @param total      rows in the input (0 until counted)
     * @param processed  rows done with: imported (and committed) or rejected
     * @param rejections the first {@value #MAX_REJECTIONS} rejections; {@code rejected} counts all of them
     * @param error      why a FAILED import stopped (the rows before were imported)
     */
    public record Progress(
            String jobId,
            String format,
            State state,
            int total,
            long processed,
            long imported,
            long rejected,
            List<Rejection> rejections,
            String error,
            Instant startedAt,
            Instant finishedAt) {}

    static final int MAX_REJECTIONS = 1_000;

    private final String id;
    private final String format;
    private final Instant startedAt = Instant.now();
    private final AtomicLong imported = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final List<Rejection> rejections = new ArrayList<>();
    private volatile State state = State.RUNNING;
    private volatile int total;
    private volatile String error;
    private volatile Instant finishedAt;

    ImportJob(String id, String format) {
        this.id = id;
        this.format = format;
    }

    public String id() {
        return id;
    }

    public State state() {
        return state;
    }

    public Progress progress() {
        List<Rejection> firstRejections;
        synchronized (rejections) {
            firstRejections = List.copyOf(rejections);
        }
        long rejectedNow = rejected.get();
        long importedNow = imported.get();
        return new Progress(
                id,
                format,
                state,
                total,
                importedNow + rejectedNow,
                importedNow,
                rejectedNow,
                firstRejections,
                error,
                startedAt,
                finishedAt);
    }

    int total() {
        return total;
    }

    long rejected() {
        return rejected.get();
    }

    long processed() {
        return imported.get() + rejected.get();
    }

    void total(int rows) {
        total = rows;
    }

    void imported(int rows) {
        imported.addAndGet(rows);
    }

    void reject(long row, String contractId, String reason) {
        rejected.incrementAndGet();
        synchronized (rejections) {
            if (rejections.size() < MAX_REJECTIONS) {
                rejections.add(new Rejection(row, contractId, reason));
            }
        }
    }

    void done() {
        finishedAt = Instant.now();
        state = State.DONE;
    }

    void failed(String reason) {
        error = reason;
        finishedAt = Instant.now();
        state = State.FAILED;
    }
}
