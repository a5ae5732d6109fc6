package vn.xomantoan.commitments;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.commitments.jdbc.EvaluationCoverageFacts;
import vn.xomantoan.evaluation.CoverageFacts;
import vn.xomantoan.support.IntegrationTest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The household coverage the evaluation reads (KDC-1c): a household counts once, with its first
 * signature, however many household campaigns the year has. Rolls back.
 */
@IntegrationTest
@Transactional
class CoverageFactsTest {

    private static final String AREA = "14677-001";

    @Autowired
    EvaluationCoverageFacts facts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aSecondCampaignOfTheYearCountsEachHouseholdOnce() {
        int year = LocalDate.now().getYear();
        LocalDate snapshot = LocalDate.of(year, 3, 31);
        LocalDate until = LocalDate.of(year, 12, 31);
        CoverageFacts.Coverage before = facts.coverage(List.of(AREA), year, snapshot, until, 30).get(AREA);
        assertThat(before.dueHouseholds()).isPositive();
        assertThat(before.registeredHouseholds()).as("the demo leaves some households of the area unsigned")
                .isLessThan(before.dueHouseholds());

        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO commitment_campaign (eval_year, subject_kind, owner_unit_id, name, deadline, grace_days, criteria_set,
                            template_id, search_key, created_at, created_by)
                        SELECT eval_year, subject_kind, owner_unit_id, CONCAT(name, ' (đợt 2)'), deadline, grace_days, criteria_set,
                            template_id, search_key, created_at, 'test'
                        FROM commitment_campaign WHERE eval_year = :y AND subject_kind = 'HOUSEHOLD' AND created_by = 'demo'""")
                .param("y", year).update(keys, "id");
        long second = keys.getKey().longValue();
        // Every resident household of the area signs the second campaign, those that signed the first one too.
        int signed = jdbc.sql("""
                        INSERT INTO commitment (campaign_id, household_id, area_code, signed_on, signed_by, recorded_by, recorded_at)
                        SELECT :c, r.household_id, r.area_code, CASE WHEN r.valid_from > :d THEN r.valid_from ELSE :d END, r.head_name, 'test', :now
                        FROM household_resident r WHERE r.area_code = :a AND (r.valid_to IS NULL OR r.valid_to >= :d)""")
                .param("c", second).param("a", AREA).param("d", snapshot).param("now", LocalDateTime.now()).update();
        assertThat(signed).isGreaterThan(before.registeredHouseholds());

        CoverageFacts.Coverage after = facts.coverage(List.of(AREA), year, snapshot, until, 30).get(AREA);
        assertThat(after.dueHouseholds()).isEqualTo(before.dueHouseholds());
        assertThat(after.registeredHouseholds()).isEqualTo(after.dueHouseholds());
        assertThat(after.missing()).isEmpty();
    }
}
