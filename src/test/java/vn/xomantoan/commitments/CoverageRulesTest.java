package vn.xomantoan.commitments;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.support.IntegrationTest;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who counts as resident, signed and "not yet due", and when an area meets KDC-1c. A test campaign
 * of 2019 (Circular 23) owned by the old Tỉnh Ninh Bình; figures are compared before and after the
 * fixture households, so demo households in the same areas do not matter.
 */
@IntegrationTest
@Transactional
class CoverageRulesTest {

    static final String AREA = "14677-001";
    static final String OTHER_AREA = "14677-002";
    static final int YEAR = 2019;
    static final LocalDate DEADLINE = LocalDate.of(YEAR, 3, 31);

    @Autowired
    Commitments commitments;
    @Autowired
    JdbcClient jdbc;
    /** Counted in PostgreSQL on PostgreSQL, in memory on the embedded database: the suite runs on both. */
    @Autowired
    vn.xomantoan.commitments.jdbc.EvaluationCoverageFacts coverageFacts;

    Fixtures fx;
    long campaign;

    @BeforeEach
    void campaign() {
        fx = new Fixtures(jdbc);
        campaign = fx.campaign(YEAR, "37", DEADLINE);
    }

    private CoverageFigures figures(String area, LocalDate on) {
        return commitments.coverage(area, YEAR, on, UnitScope.EVERYTHING).orElseThrow().totals();
    }

    @Test
    void aHouseholdThatMovesCountsInTheAreaItLivesInOnTheDate() {
        LocalDate before = LocalDate.of(YEAR, 5, 1);
        LocalDate after = LocalDate.of(YEAR, 7, 1);
        CoverageFigures aBefore = figures(AREA, before);
        CoverageFigures bBefore = figures(OTHER_AREA, before);
        CoverageFigures aAfter = figures(AREA, after);
        CoverageFigures bAfter = figures(OTHER_AREA, after);

        long h = fx.household("Nguyễn Văn Chuyển", AREA, LocalDate.of(2010, 1, 1), null);
        fx.sign(campaign, h, AREA, LocalDate.of(YEAR, 2, 10));
        fx.move(h, OTHER_AREA, LocalDate.of(YEAR, 6, 15));

        assertThat(figures(AREA, before).resident()).isEqualTo(aBefore.resident() + 1);
        assertThat(figures(AREA, before).signed()).isEqualTo(aBefore.signed() + 1);
        assertThat(figures(OTHER_AREA, before).resident()).isEqualTo(bBefore.resident());
        assertThat(figures(AREA, after).resident()).isEqualTo(aAfter.resident());
        // Its commitment follows the household: it counts as signed in its new area.
        assertThat(figures(OTHER_AREA, after).resident()).isEqualTo(bAfter.resident() + 1);
        assertThat(figures(OTHER_AREA, after).signed()).isEqualTo(bAfter.signed() + 1);
    }

    @Test
    void aHouseholdThatMovedOutIsNoLongerCounted() {
        LocalDate on = LocalDate.of(YEAR, 9, 1);
        CoverageFigures base = figures(AREA, on);
        fx.household("Trần Thị Rời", AREA, LocalDate.of(2012, 1, 1), LocalDate.of(YEAR, 8, 31));
        assertThat(figures(AREA, on)).isEqualTo(base);
        assertThat(figures(AREA, LocalDate.of(YEAR, 8, 31)).resident())
                .isEqualTo(figures(AREA, LocalDate.of(YEAR, 8, 31)).resident());
        assertThat(fx.residentCount(AREA, LocalDate.of(YEAR, 8, 31))).isEqualTo(fx.residentCount(AREA, on) + 1);
    }

    @Test
    void aHouseholdMovingInAfterTheDeadlineIsNotYetDueDuringItsGracePeriodOnly() {
        LocalDate arrived = LocalDate.of(YEAR, 6, 1);
        CoverageFigures within = figures(AREA, arrived.plusDays(30));
        CoverageFigures after = figures(AREA, arrived.plusDays(31));
        fx.household("Lê Văn Mới", AREA, arrived, null);

        CoverageFigures nowWithin = figures(AREA, arrived.plusDays(30));
        assertThat(nowWithin.resident()).isEqualTo(within.resident() + 1);
        assertThat(nowWithin.notYetDue()).isEqualTo(within.notYetDue() + 1);
        assertThat(nowWithin.unsigned()).isEqualTo(within.unsigned());

        CoverageFigures nowAfter = figures(AREA, arrived.plusDays(31));
        assertThat(nowAfter.notYetDue()).isEqualTo(after.notYetDue());
        assertThat(nowAfter.unsigned()).isEqualTo(after.unsigned() + 1);
    }

    @Test
    void anAreaMeetsKdc1cWhenEveryHouseholdSignedByTheDeadlineAndMoversWithinTheirGracePeriod() {
        fx.signEveryone(campaign, AREA, LocalDate.of(YEAR, 3, 1));
        assertThat(commitments.kdc1c(AREA, YEAR)).isEqualTo(Kdc1cStatus.MET);

        long mover = fx.household("Phạm Thị Đến", AREA, LocalDate.of(YEAR, 7, 1), null);
        assertThat(commitments.kdc1c(AREA, YEAR)).isEqualTo(Kdc1cStatus.NOT_MET);
        fx.sign(campaign, mover, AREA, LocalDate.of(YEAR, 7, 31));
        assertThat(commitments.kdc1c(AREA, YEAR)).isEqualTo(Kdc1cStatus.MET);
    }

    @Test
    void aMoverSigningAfterItsGracePeriodOrAResidentSigningLateFailsKdc1c() {
        fx.signEveryone(campaign, AREA, LocalDate.of(YEAR, 3, 1));
        long mover = fx.household("Hoàng Văn Muộn", AREA, LocalDate.of(YEAR, 7, 1), null);
        fx.sign(campaign, mover, AREA, LocalDate.of(YEAR, 8, 1));
        assertThat(commitments.kdc1c(AREA, YEAR)).isEqualTo(Kdc1cStatus.NOT_MET);

        jdbc.sql("UPDATE commitment SET signed_on = :d WHERE household_id = :h").param("d", LocalDate.of(YEAR, 7, 20))
                .param("h", mover).update();
        assertThat(commitments.kdc1c(AREA, YEAR)).isEqualTo(Kdc1cStatus.MET);

        long late = fx.household("Vũ Thị Chậm", AREA, LocalDate.of(2015, 1, 1), null);
        fx.sign(campaign, late, AREA, DEADLINE.plusDays(1));
        assertThat(commitments.kdc1c(AREA, YEAR)).isEqualTo(Kdc1cStatus.NOT_MET);
    }

    @Test
    void theEvaluationEngineGetsTheSameVerdictWithTheHouseholdsThatAreMissing() {
        fx.signEveryone(campaign, AREA, LocalDate.of(YEAR, 3, 1));
        long mover = fx.household("Đinh Thị Thiếu", AREA, LocalDate.of(YEAR, 7, 1), null);
        var facts = coverageFacts.coverage(java.util.List.of(AREA), YEAR, DEADLINE, LocalDate.of(YEAR, 10, 31), 30).get(AREA);
        assertThat(facts.dueHouseholds()).isEqualTo(facts.registeredHouseholds() + 1);
        assertThat(facts.missing()).extracting(vn.xomantoan.evaluation.FactRef::label).containsExactly("Đinh Thị Thiếu");
        fx.sign(campaign, mover, AREA, LocalDate.of(YEAR, 7, 25));
        facts = coverageFacts.coverage(java.util.List.of(AREA), YEAR, DEADLINE, LocalDate.of(YEAR, 10, 31), 30).get(AREA);
        assertThat(facts.registeredHouseholds()).isEqualTo(facts.dueHouseholds());
    }

    @Test
    void withoutACampaignThereIsNoKdc1cVerdict() {
        assertThat(commitments.kdc1c(AREA, 2013)).isEqualTo(Kdc1cStatus.NO_CAMPAIGN);
    }
}
