package org.wbcigateway.gateway.crm;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wbcigateway.gateway.platform.persistence.ColumnText;

/** Contract import jobs as stored: their progress and their first rejections, for any node to read. */
@Repository
public class ImportJobRepository {

    /** A RUNNING job not heard of for this long ended with its node. */
    static final Duration STALE = Duration.ofMinutes(10);

    private final JdbcClient jdbc;

    public ImportJobRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ImportJob.Progress p) {
        jdbc.sql("INSERT INTO import_job (id, format, state, total, imported, rejected, error, started_at, "
                        + "finished_at, heartbeat_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        p.jobId(),
                        p.format(),
                        p.state().name(),
                        p.total(),
                        p.imported(),
                        p.rejected(),
                        p.error(),
                        at(p.startedAt()),
                        p.finishedAt() == null ? null : at(p.finishedAt()),
                        at(Instant.now()))
                .update();
    }

    /** Writes the job's counts and state, and the rejections after the first {@code stored} ones. */
    void update(ImportJob.Progress p, int stored) {
        jdbc.sql("UPDATE import_job SET state = ?, total = ?, imported = ?, rejected = ?, error = ?, finished_at = ?, "
                        + "heartbeat_at = ? WHERE id = ?")
                .params(
                        p.state().name(),
                        p.total(),
                        p.imported(),
                        p.rejected(),
                        p.error() == null || p.error().length() <= 2000
                                ? p.error()
                                : p.error().substring(0, 2000),
                        p.finishedAt() == null ? null : at(p.finishedAt()),
                        at(Instant.now()),
                        p.jobId())
                .update();
        for (ImportJob.Rejection r : p.rejections()
                .subList(Math.min(stored, p.rejections().size()), p.rejections().size())) {
            jdbc.sql("INSERT INTO import_rejection (job_id, row_number, contract_id, reason) VALUES (?, ?, ?, ?)")
                    .params(
                            p.jobId(),
                            r.row(),
                            ColumnText.truncate(r.contractId(), 200),
                            ColumnText.truncate(r.reason()))
                    .update();
        }
    }

    Optional<ImportJob.Progress> find(String jobId) {
        List<ImportJob.Rejection> rejections = jdbc.sql(
                        "SELECT row_number, contract_id, reason FROM import_rejection WHERE job_id = ? ORDER BY row_number")
                .param(jobId)
                .query((rs, n) -> new ImportJob.Rejection(
                        rs.getLong("row_number"), rs.getString("contract_id"), rs.getString("reason")))
                .list();
        Instant stale = Instant.now().minus(STALE);
        return jdbc.sql("SELECT * FROM import_job WHERE id = ?")
                .param(jobId)
                .query((rs, n) -> {
                    ImportJob.State state = ImportJob.State.valueOf(rs.getString("state"));
                    Instant heartbeat =
                            rs.getObject("heartbeat_at", OffsetDateTime.class).toInstant();
                    boolean ended = state == ImportJob.State.RUNNING && heartbeat.isBefore(stale);
                    OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
                    return new ImportJob.Progress(
                            rs.getString("id"),
                            rs.getString("format"),
                            ended ? ImportJob.State.FAILED : state,
                            rs.getInt("total"),
                            rs.getLong("imported") + rs.getLong("rejected"),
                            rs.getLong("imported"),
                            rs.getLong("rejected"),
                            rejections,
                            ended
                                    ? "interrupted: its node stopped; the rows counted as imported are imported, "
                                            + "import the input again to complete it"
                                    : rs.getString("error"),
                            rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                            ended ? heartbeat : finished == null ? null : finished.toInstant());
                })
                .optional();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
