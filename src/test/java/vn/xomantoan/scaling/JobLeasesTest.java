package vn.xomantoan.scaling;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.xomantoan.evaluation.jdbc.RunJobStore;
import vn.xomantoan.shared.jobs.JobLeases;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.support.Users;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A node that stops in the middle of a job leaves its row "running"; the heartbeat of the nodes that
 * live on fails it, so the user sees why and starts it again, while the jobs a live node holds, and
 * fresh ones, are left alone.
 */
@IntegrationTest
class JobLeasesTest {

    @Autowired
    JobLeases leases;
    @Autowired
    RunJobStore runJobs;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    List<ScheduledTaskHolder> schedules;

    final List<Long> importJobs = new ArrayList<>();
    final List<Long> runs = new ArrayList<>();

    @AfterEach
    void removeJobs() {
        importJobs.forEach(id -> jdbc.sql("DELETE FROM household_import_job WHERE id = :id").param("id", id).update());
        runs.forEach(id -> {
            leases.release(runJobs, id);
            jdbc.sql("DELETE FROM eval_run_job WHERE id = :id").param("id", id).update();
        });
    }

    @Test
    void aJobWhoseNodeStoppedFailsWithItsUsualMessageAndAHeldOrFreshJobRuns() throws Exception {
        LocalDateTime tenMinutesAgo = LocalDateTime.now().minusMinutes(10);
        long orphanImport = importJob(tenMinutesAgo);
        long freshImport = importJob(LocalDateTime.now());
        long orphanRun = run(tenMinutesAgo);
        long heldRun = run(tenMinutesAgo);

        // The held run's work: while it runs, the heartbeat keeps it alive and the orphans fail.
        leases.keepAlive(runJobs, heldRun, () -> {
            leases.beat();
            leases.reap();
            assertThat(statusOf("eval_run_job", heldRun)).as("this node still runs it").isEqualTo("RUNNING");
        }).run();

        assertThat(statusOf("household_import_job", orphanImport)).isEqualTo("FAILED");
        assertThat(statusOf("household_import_job", freshImport)).isEqualTo("RUNNING");
        assertThat(statusOf("eval_run_job", orphanRun)).isEqualTo("FAILED");
        assertThat(jdbc.sql("SELECT heartbeat_at FROM eval_run_job WHERE id = :id").param("id", heldRun)
                .query(LocalDateTime.class).single()).isAfter(LocalDateTime.now().minusMinutes(1));

        String importPage = page("/households/import/" + orphanImport);
        assertThat(importPage).contains("Đã có lỗi hệ thống khi nhập; dữ liệu chưa bị thay đổi");
        String runPage = page("/evaluation/runs/" + orphanRun);
        assertThat(runPage).contains("Không chạy được đánh giá: máy chủ đang chạy lượt đánh giá này đã dừng trước khi xong; hãy chạy lại.");

        // Its work ended without writing an outcome (as a node that stops mid-job): no longer held, it fails once its heartbeat grows old.
        jdbc.sql("UPDATE eval_run_job SET heartbeat_at = :t WHERE id = :id").param("t", tenMinutesAgo).param("id", heldRun).update();
        leases.reap();
        assertThat(statusOf("eval_run_job", heldRun)).isEqualTo("FAILED");
    }

    @Test
    void everyNodeRunsTheHeartbeatOnASchedule() {
        assertThat(schedules.stream().flatMap(h -> h.getScheduledTasks().stream()).map(t -> t.getTask().toString()))
                .anyMatch(task -> task.contains("JobLeases.tick"));
    }

    private String page(String path) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(path).with(Users.dinhHoaOfficer())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private String statusOf(String table, long id) {
        return jdbc.sql("SELECT status FROM " + table + " WHERE id = :id").param("id", id).query(String.class).single();
    }

    private long importJob(LocalDateTime created) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO household_import_job (kind, username, file_name, mode, status, phase, total_rows, created_at)
                        VALUES ('HOUSEHOLDS', 'xa.dinhhoa', 'ho.csv', 'ROW_BY_ROW', 'RUNNING', 'READING', 100, :t)""")
                .param("t", created).update(key, "id");
        long id = key.getKey().longValue();
        importJobs.add(id);
        return id;
    }

    private long run(LocalDateTime created) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO eval_run_job (unit_code, unit_name, eval_year, username, status, phase, created_at)
                        VALUES ('14677', 'Xã Định Hóa', 2025, 'xa.dinhhoa', 'RUNNING', 'FACTS', :t)""")
                .param("t", created).update(key, "id");
        long id = key.getKey().longValue();
        runs.add(id);
        return id;
    }
}
