package vn.xomantoan.reporting.domain;

import vn.xomantoan.shared.jobs.JobLeases;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import vn.xomantoan.reporting.report.DocxRenderer;
import vn.xomantoan.reporting.report.PdfRenderer;
import vn.xomantoan.reporting.report.ReportBuilder;
import vn.xomantoan.reporting.report.ReportDocument;
import vn.xomantoan.reporting.report.XlsxRenderer;
import vn.xomantoan.shared.BackgroundWorkers;
import vn.xomantoan.shared.NotFound;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * Generates a review report in the background, with the rights of the user who asked (their scope):
 * figures (this period by child unit, previous period), then DOCX, PDF and XLSX. Every state change
 * commits on its own, so any node can show the progress.
 */
@Service
public class ReportGenerator {

    private static final Logger log = LoggerFactory.getLogger(ReportGenerator.class);

    private final JdbcClient jdbc;
    private final ReviewReports reports;
    private final IndicatorEngine engine;
    private final ReportBuilder builder;
    private final DocxRenderer docx;
    private final PdfRenderer pdf;
    private final XlsxRenderer xlsx;
    private final ExecutorService worker = BackgroundWorkers.of("report-generation", 2);
    private final JobLeases leases;
    private final ReportJobLease jobs;

    ReportGenerator(JdbcClient jdbc, ReviewReports reports, IndicatorEngine engine, ReportBuilder builder, DocxRenderer docx,
                    PdfRenderer pdf, XlsxRenderer xlsx, JobLeases leases, ReportJobLease jobs) {
        this.leases = leases;
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.reports = reports;
        this.engine = engine;
        this.builder = builder;
        this.docx = docx;
        this.pdf = pdf;
        this.xlsx = xlsx;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** Queues a generation of the report (which must be inside the caller's scope) and returns the job id. */
    public long start(long reportId) {
        ReviewReport report = reports.find(reportId);
        KeyHolder key = new GeneratedKeyHolder();
        String user = SecurityContextHolder.getContext().getAuthentication() == null ? "system"
                : SecurityContextHolder.getContext().getAuthentication().getName();
        jdbc.sql("INSERT INTO report_job (report_id, username, status, phase, progress, created_at) VALUES (:r, :u, 'QUEUED', 'QUEUED', 0, :now)")
                .param("r", report.id()).param("u", user).param("now", LocalDateTime.now()).update(key, "id");
        long id = key.getKey().longValue();
        worker.execute(new DelegatingSecurityContextRunnable(leases.keepAlive(jobs, id, () -> run(id, report))));
        return id;
    }

    private void run(long jobId, ReviewReport report) {
        try {
            phase(jobId, "FIGURES", 5);
            Selection s = engine.select(report.unitCode(), report.from(), report.to(), report.asOf());
            Figures now = engine.computeFresh(s, true);
            phase(jobId, "FIGURES", 35);
            Figures before = engine.computeFresh(engine.previous(s), false);
            phase(jobId, "DOCX", 50);
            ReportDocument d = builder.build(report, now, before);
            byte[] word = docx.render(d);
            store(jobId, "docx", word, "PDF", 65);
            byte[] printable = pdf.render(d);
            store(jobId, "pdf", printable, "XLSX", 90);
            byte[] sheets = xlsx.render(d);
            store(jobId, "xlsx", sheets, "DONE", 100);
            jdbc.sql("UPDATE report_job SET status = 'DONE', finished_at = :now WHERE id = :id")
                    .param("now", LocalDateTime.now()).param("id", jobId).update();
        } catch (RuntimeException e) {
            log.error("Report generation {} failed", jobId, e);
            jdbc.sql("UPDATE report_job SET status = 'FAILED', phase = 'FAILED', finished_at = :now, failure = :f WHERE id = :id")
                    .param("now", LocalDateTime.now()).param("f", truncate(String.valueOf(e.getMessage()))).param("id", jobId).update();
        }
    }

    private void phase(long id, String phase, int progress) {
        jdbc.sql("UPDATE report_job SET status = 'RUNNING', phase = :p, progress = :g WHERE id = :id")
                .param("p", phase).param("g", progress).param("id", id).update();
    }

    private void store(long id, String column, byte[] content, String nextPhase, int progress) {
        jdbc.sql("UPDATE report_job SET " + column + " = :c, phase = :p, progress = :g WHERE id = :id")
                .param("c", content).param("p", nextPhase).param("g", progress).param("id", id).update();
    }

    /** The job, or 404 when it does not exist or its report is outside the caller's scope. */
    public ReportJob job(long id) {
        ReportJob job = jdbc.sql("""
                        SELECT id, report_id, username, status, phase, progress, created_at, finished_at, failure,
                               CASE WHEN docx IS NULL THEN 0 ELSE 1 END AS has_docx, CASE WHEN pdf IS NULL THEN 0 ELSE 1 END AS has_pdf,
                               CASE WHEN xlsx IS NULL THEN 0 ELSE 1 END AS has_xlsx
                        FROM report_job WHERE id = :id""")
                .param("id", id).query((rs, n) -> row(rs)).optional().orElseThrow(NotFound::new);
        reports.find(job.reportId());
        return job;
    }

    /** The latest job of a report, if any (inside the caller's scope). */
    public Optional<ReportJob> latest(long reportId) {
        reports.find(reportId);
        return jdbc.sql("SELECT MAX(id) FROM report_job WHERE report_id = :r").param("r", reportId).query(Long.class).optional()
                .map(this::job);
    }

    /** A generated file: docx, pdf or xlsx. */
    public byte[] file(long jobId, String format) {
        if (!java.util.List.of("docx", "pdf", "xlsx").contains(format)) {
            throw new NotFound();
        }
        job(jobId);
        byte[] content = jdbc.sql("SELECT " + format + " FROM report_job WHERE id = :id").param("id", jobId)
                .query((rs, n) -> rs.getBytes(1)).single();
        if (content == null) {
            throw new NotFound();
        }
        return content;
    }

    private static ReportJob row(ResultSet rs) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ReportJob(rs.getLong("id"), rs.getLong("report_id"), rs.getString("username"), rs.getString("status"),
                rs.getString("phase"), rs.getInt("progress"), rs.getTimestamp("created_at").toLocalDateTime(),
                finished == null ? null : finished.toLocalDateTime(), rs.getString("failure"), rs.getInt("has_docx") == 1,
                rs.getInt("has_pdf") == 1, rs.getInt("has_xlsx") == 1);
    }

    private static String truncate(String s) {
        return s.length() <= 500 ? s : s.substring(0, 500);
    }
}
