package org.wbcigateway.gateway.crm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.wbcigateway.gateway.platform.tenancy.TenantScope;

/**
 * Imports contracts into the built-in CRM as an asynchronous job: from CSV ({@link ContractCsv} documents the
 * columns) or from JSON (the objects of {@code PUT /api/crm/contracts/{id}}, each with its {@code id}). A contract
 * replaces the one with the same id, as {@link ContractRepository#save} does.
 *
 * <p>Every row that cannot be a contract is rejected with its row number and the rule or simple type it breaks; the
 * others are imported. Valid rows are written in batches of {@value #BATCH_SIZE}, each batch one transaction, so what
 * is imported stays imported whatever happens later; if the database refuses a batch, its rows are written one by
 * one to find and reject the bad ones. Progress is logged every {@value #LOG_EVERY} rows.
 *
 * <p>Jobs run one after another on a single thread (two imports of the same contracts would only block each other).
 * Each job's progress and first rejections are stored after every batch ({@code import_job}), so any node shows it,
 * also after a restart; a job cut off by a restart is then reported FAILED, the rows of its committed batches
 * imported: import the input again to complete it.
 */
@Service
public class ContractImport implements DisposableBean {

    static final int BATCH_SIZE = 1_000;
    static final int LOG_EVERY = 10_000;
    static final int KEEP_JOBS = 100;

    private static final Logger log = LoggerFactory.getLogger(ContractImport.class);

    private final ContractRepository contracts;
    private final TransactionTemplate tx;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "crm-import");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, ImportJob> jobs = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ImportJob> eldest) {
            return size() > KEEP_JOBS;
        }
    });

    private final ImportJobRepository stored;

    public ContractImport(ContractRepository contracts, TransactionTemplate tx, ImportJobRepository stored) {
        this.contracts = contracts;
        this.tx = tx;
        this.stored = stored;
    }

    /** Queues the import and returns its job at once. */
    public ImportJob start(ContractSource source) {
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), source.format());
        stored.insert(job.progress());
        jobs.put(scoped(job.id()), job);
        // the job works on the tenant whose request started it
        java.util.concurrent.Callable<Void> work = TenantScope.carried(() -> {
            run(job, source);
            return null;
        });
        worker.execute(() -> {
            try {
                work.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return job;
    }

    /** A job's progress: as this node runs it, else as stored (from any node, also after a restart). */
    public Optional<ImportJob.Progress> progress(String jobId) {
        return Optional.ofNullable(jobs.get(scoped(jobId)))
                .map(ImportJob::progress)
                .or(() -> stored.find(jobId));
    }

    /** Runs the import in the calling thread. */
    public ImportJob run(ContractSource source) {
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), source.format());
        stored.insert(job.progress());
        run(job, source);
        return job;
    }

    private void run(ImportJob job, ContractSource source) {
        long start = System.nanoTime();
        Batch batch = new Batch(job);
        try {
            job.total(source.count());
            batch.persist();
            log.info("import {} ({}): {} rows", job.id(), source.format(), job.total());
            source.read(batch::add);
            batch.flush();
            job.done();
        } catch (RuntimeException e) {
            try {
                batch.flush();
            } catch (RuntimeException again) {
                e.addSuppressed(again);
            }
            job.failed(e.getMessage() == null ? e.toString() : e.getMessage());
            log.warn("import {} stopped after {} rows", job.id(), job.processed(), e);
        } finally {
            if (job.state() == ImportJob.State.RUNNING) {
                job.failed("internal error; see the gateway's log");
            }
            batch.persist();
        }
        long ms = Math.max(1, (System.nanoTime() - start) / 1_000_000);
        log.info(
                "import {} {}: {} imported, {} rejected in {} ms ({} rows/s)",
                job.id(),
                job.state(),
                job.processed() - job.rejected(),
                job.rejected(),
                ms,
                job.processed() * 1000 / ms);
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }

    /** The valid rows waiting for the next commit. */
    private final class Batch {

        private final ImportJob job;
        private final List<ImportRow> rows = new ArrayList<>(BATCH_SIZE);
        private long logged;
        private int storedRejections;

        Batch(ImportJob job) {
            this.job = job;
        }

        void add(ImportRow row) {
            if (row.contract() == null) {
                job.reject(row.row(), row.contractId(), row.rejection());
                progressed();
            } else {
                rows.add(row);
                if (rows.size() == BATCH_SIZE) {
                    flush();
                }
            }
        }

        void flush() {
            if (rows.isEmpty()) {
                return;
            }
            try {
                tx.executeWithoutResult(s ->
                        contracts.saveAll(rows.stream().map(ImportRow::contract).toList()));
                job.imported(rows.size());
            } catch (DataAccessException refused) {
                rows.forEach(this::saveAlone);
            }
            rows.clear();
            persist();
            progressed();
        }

        /** The job's progress as stored, for other nodes and after a restart; a refusal only delays it. */
        void persist() {
            ImportJob.Progress p = job.progress();
            try {
                stored.update(p, storedRejections);
                storedRejections = p.rejections().size();
            } catch (DataAccessException e) {
                log.warn("import {}: progress not stored ({}); stored with the next batch", job.id(), e.getMessage());
            }
        }

        private void saveAlone(ImportRow row) {
            try {
                tx.executeWithoutResult(s -> contracts.save(row.contract()));
                job.imported(1);
            } catch (DataAccessException e) {
                String cause = String.valueOf(
                        NestedExceptionUtils.getMostSpecificCause(e).getMessage());
                job.reject(
                        row.row(),
                        row.contractId(),
                        "database: " + (cause.length() > 300 ? cause.substring(0, 300) + "..." : cause));
            }
        }

        private void progressed() {
            long processed = job.processed();
            if (processed / LOG_EVERY > logged / LOG_EVERY) {
                log.info("import {}: {} of {} rows, {} rejected", job.id(), processed, job.total(), job.rejected());
            }
            logged = processed;
        }
    }

    /** A running job is known on this node by its tenant's schema and its id: no tenant reads another's progress. */
    private static String scoped(String jobId) {
        return TenantScope.current().map(TenantScope.Scope::schema).orElse("") + "/" + jobId;
    }
}
