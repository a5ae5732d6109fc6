package vn.xomantoan.evaluation;

import org.junit.jupiter.api.Test;
import vn.xomantoan.evaluation.IncidentFacts.Category;
import vn.xomantoan.evaluation.IncidentFacts.CrimeClass;
import vn.xomantoan.evaluation.IncidentFacts.Incident;
import vn.xomantoan.evaluation.domain.ChildStats;
import vn.xomantoan.evaluation.domain.Criterion;
import vn.xomantoan.evaluation.domain.CriterionRules;
import vn.xomantoan.evaluation.domain.CriteriaSet;
import vn.xomantoan.evaluation.domain.Mode;
import vn.xomantoan.evaluation.domain.Outcome;
import vn.xomantoan.evaluation.domain.Params;
import vn.xomantoan.evaluation.domain.UnitFacts;
import vn.xomantoan.evaluation.domain.UnitKind;
import vn.xomantoan.evaluation.domain.Verdict;
import vn.xomantoan.units.EnterpriseSize;
import vn.xomantoan.units.SchoolLevel;
import vn.xomantoan.units.UnitType;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rule with the edge cases the circulars' words imply. */
class CriterionRulesTest {

    static final CriteriaSet AREAS_124 = new CriteriaSet("TT124:RESIDENTIAL_AREA", "TT124_2021", UnitKind.RESIDENTIAL_AREA, 2022, null,
            "", "", MonthDay.of(11, 1), MonthDay.of(10, 31), MonthDay.of(3, 31), MonthDay.of(11, 14));
    static final CriteriaSet AREAS_23 = new CriteriaSet("TT23:RESIDENTIAL_AREA", "TT23_2012", UnitKind.RESIDENTIAL_AREA, 2012, 2021,
            "", "", MonthDay.of(11, 1), MonthDay.of(10, 31), MonthDay.of(3, 31), MonthDay.of(11, 14));
    static final CriteriaSet COMMUNES_124 = new CriteriaSet("TT124:COMMUNE", "TT124_2021", UnitKind.COMMUNE, 2022, null,
            "", "", MonthDay.of(11, 16), MonthDay.of(11, 15), MonthDay.of(3, 31), MonthDay.of(11, 19));

    static Criterion criterion(String code, String rule, String params) {
        return new Criterion("set", code, 1, Mode.AUTO, rule, Params.parse(params), "", "", null, null);
    }

    static UnitFacts area(int year, List<Incident> now, List<Incident> before) {
        return new UnitFacts("14677-001", UnitKind.RESIDENTIAL_AREA, year, AREAS_124)
                .incidents(EnumSet.allOf(Category.class), now, before);
    }

    static Incident crime(LocalDate date, CrimeClass cls, boolean forceMajeure, boolean prompt) {
        return new Incident("14677-001", "1", date, Category.CRIME, cls, null, false, forceMajeure, prompt, "Cố ý gây thương tích", "/incidents/1");
    }

    @Test
    void seventyPercentIsRoundedUpSo25UnitsNeed18() {
        assertThat(CriterionRules.required(70, 25)).isEqualTo(18);
        assertThat(CriterionRules.required(70, 10)).isEqualTo(7);
        assertThat(CriterionRules.required(70, 11)).isEqualTo(8);
        Criterion xa4b = criterion("XA-4b", "RECOGNITION_RATE", "percent=70");
        UnitFacts with18 = new UnitFacts("14677", UnitKind.COMMUNE, 2025, COMMUNES_124)
                .children(new ChildStats(25, 25, 18, 0, List.of(), List.of()), ChildStats.NONE);
        UnitFacts with17 = new UnitFacts("14677", UnitKind.COMMUNE, 2025, COMMUNES_124)
                .children(new ChildStats(25, 25, 16, 1, List.of(), List.of()), ChildStats.NONE);
        assertThat(CriterionRules.evaluate(xa4b, with18).verdict()).isEqualTo(Verdict.MET);
        Outcome failing = CriterionRules.evaluate(xa4b, with17);
        assertThat(failing.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(failing.explanation().get(0).args()).containsExactly("17", "25", "18", "70");
    }

    @Test
    void circular23CountsResidentialAreasOnly() {
        Criterion xa4 = criterion("XA-4", "RECOGNITION_RATE", "percent=70;base=AREAS");
        UnitFacts f = new UnitFacts("14683", UnitKind.COMMUNE, 2016, COMMUNES_124)
                .children(new ChildStats(30, 30, 12, 0, List.of(), List.of()), new ChildStats(10, 10, 7, 0, List.of(), List.of()));
        assertThat(CriterionRules.evaluate(xa4, f).verdict()).isEqualTo(Verdict.MET);
    }

    @Test
    void registrationMustCoverEveryUnitUnderTheCommune() {
        Criterion xa4a = criterion("XA-4a", "REGISTRATION_RATE", "percent=100");
        UnitFacts all = new UnitFacts("14677", UnitKind.COMMUNE, 2025, COMMUNES_124)
                .children(new ChildStats(20, 20, 0, 0, List.of(), List.of()), ChildStats.NONE);
        UnitFacts oneMissing = new UnitFacts("14677", UnitKind.COMMUNE, 2025, COMMUNES_124)
                .children(new ChildStats(20, 19, 0, 0, List.of(new FactRef("9", "Xóm 9", "/evaluation/cases/9")), List.of()), ChildStats.NONE);
        assertThat(CriterionRules.evaluate(xa4a, all).verdict()).isEqualTo(Verdict.MET);
        Outcome missing = CriterionRules.evaluate(xa4a, oneMissing);
        assertThat(missing.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(missing.refs()).extracting(FactRef::label).containsExactly("Xóm 9");
    }

    @Test
    void yearOnYearComparatorIsAParameterWithNotHigherAsDefault() {
        assertThat(CriterionRules.compare("NOT_HIGHER", 3, 3)).isTrue();
        assertThat(CriterionRules.compare("STRICTLY_LOWER", 3, 3)).isFalse();
        assertThat(CriterionRules.compare("STRICTLY_LOWER", 2, 3)).isTrue();
        assertThat(CriterionRules.compare("STRICTLY_LOWER", 0, 0)).isTrue();
        assertThat(CriterionRules.compare("NOT_HIGHER", 4, 3)).isFalse();

        List<Incident> two = List.of(crime(LocalDate.of(2025, 2, 1), CrimeClass.LESS_SERIOUS, false, false),
                crime(LocalDate.of(2025, 5, 1), CrimeClass.LESS_SERIOUS, false, false));
        List<Incident> twoBefore = List.of(crime(LocalDate.of(2024, 2, 1), CrimeClass.LESS_SERIOUS, false, false),
                crime(LocalDate.of(2024, 3, 1), CrimeClass.LESS_SERIOUS, false, false));
        Criterion byDefault = criterion("KDC-4a", "YEAR_ON_YEAR", "categories=CRIME,SOCIAL_EVIL,OTHER_VIOLATION");
        Criterion strict = criterion("KDC-4a", "YEAR_ON_YEAR", "categories=CRIME,SOCIAL_EVIL,OTHER_VIOLATION;comparator=STRICTLY_LOWER");
        assertThat(CriterionRules.evaluate(byDefault, area(2025, two, twoBefore)).verdict()).isEqualTo(Verdict.MET);
        assertThat(CriterionRules.evaluate(strict, area(2025, two, twoBefore)).verdict()).isEqualTo(Verdict.NOT_MET);
        // An event just outside the window (31/10 is the last day for residential areas) does not count.
        List<Incident> late = List.of(crime(LocalDate.of(2025, 11, 1), CrimeClass.LESS_SERIOUS, false, false));
        assertThat(CriterionRules.evaluate(strict, area(2025, late, List.of())).verdict()).isEqualTo(Verdict.MET);
    }

    @Test
    void kdc4aComparesTheCategoriesTheLogKeepsAndSaysWhatItLeftOut() {
        Criterion kdc4a = criterion("KDC-4a", "YEAR_ON_YEAR", "categories=CRIME,SOCIAL_EVIL,OTHER_VIOLATION;comparator=NOT_HIGHER");
        EnumSet<Category> kept = EnumSet.complementOf(EnumSet.of(Category.OTHER_VIOLATION));
        Incident now1 = crime(LocalDate.of(2025, 3, 1), IncidentFacts.CrimeClass.LESS_SERIOUS, false, false);
        Incident now2 = crime(LocalDate.of(2025, 4, 1), IncidentFacts.CrimeClass.LESS_SERIOUS, false, false);
        Incident before = crime(LocalDate.of(2024, 3, 1), IncidentFacts.CrimeClass.LESS_SERIOUS, false, false);
        UnitFacts up = new UnitFacts("14677-001", UnitKind.RESIDENTIAL_AREA, 2025, AREAS_124).incidents(kept, List.of(now1, now2), List.of(before));
        Outcome worse = CriterionRules.evaluate(kdc4a, up);
        assertThat(worse.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(worse.explanation()).extracting(x -> x.key()).containsExactly("eval.x.yoy", "eval.x.notKept");
        assertThat(worse.explanation().get(1).args()).containsExactly("#eval.source.OTHER_VIOLATION");
        UnitFacts level = new UnitFacts("14677-001", UnitKind.RESIDENTIAL_AREA, 2025, AREAS_124).incidents(kept, List.of(now1), List.of(before));
        assertThat(CriterionRules.evaluate(kdc4a, level).verdict()).isEqualTo(Verdict.MET);
        UnitFacts none = new UnitFacts("14677-001", UnitKind.RESIDENTIAL_AREA, 2025, AREAS_124)
                .incidents(EnumSet.of(Category.FIRE_EXPLOSION), List.of(), List.of());
        assertThat(CriterionRules.evaluate(kdc4a, none).verdict()).isEqualTo(Verdict.MISSING_DATA);
    }

    @Test
    void aSeriousCrimeFailsKdc4bUnlessForceMajeureOrHandledPromptly() {
        Criterion kdc4b = criterion("KDC-4b", "SERIOUS_CRIME", "excuseForceMajeure=true;excuseHandledPromptly=true");
        LocalDate d = LocalDate.of(2025, 6, 1);
        Outcome serious = CriterionRules.evaluate(kdc4b, area(2025, List.of(crime(d, CrimeClass.SERIOUS, false, false)), List.of()));
        assertThat(serious.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(serious.refs()).extracting(FactRef::href).containsExactly("/incidents/1");
        assertThat(CriterionRules.evaluate(kdc4b, area(2025, List.of(crime(d, CrimeClass.ESPECIALLY_SERIOUS, true, false)), List.of())).verdict())
                .isEqualTo(Verdict.MET);
        assertThat(CriterionRules.evaluate(kdc4b, area(2025, List.of(crime(d, CrimeClass.VERY_SERIOUS, false, true)), List.of())).verdict())
                .isEqualTo(Verdict.MET);
        assertThat(CriterionRules.evaluate(kdc4b, area(2025, List.of(crime(d, CrimeClass.LESS_SERIOUS, false, false)), List.of())).verdict())
                .isEqualTo(Verdict.MET);
        // Circular 23 had no prompt-handling escape.
        Criterion kdc4b23 = criterion("KDC-4b", "SERIOUS_CRIME", "excuseForceMajeure=true;excuseHandledPromptly=false");
        UnitFacts f2016 = new UnitFacts("14683-001", UnitKind.RESIDENTIAL_AREA, 2016, AREAS_23)
                .incidents(EnumSet.allOf(Category.class), List.of(crime(LocalDate.of(2016, 6, 1), CrimeClass.SERIOUS, false, true)), List.of());
        assertThat(CriterionRules.evaluate(kdc4b23, f2016).verdict()).isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void withoutADataSourceACriterionIsMissingDataNeverMet() {
        UnitFacts nothing = new UnitFacts("14677-001", UnitKind.RESIDENTIAL_AREA, 2025, AREAS_124);
        for (Criterion c : List.of(criterion("KDC-4b", "SERIOUS_CRIME", ""), criterion("KDC-1c", "HOUSEHOLD_COVERAGE", "percent=100"),
                criterion("KDC-3a", "ZERO_RECORDS", "events=ANTI_STATE"), criterion("KDC-5", "FORCE_RATING", "minRating=COMPLETED"),
                criterion("KDC-1a", "DOCS_BY_DEADLINE", "docs=RESOLUTION"), criterion("XA-1b", "MODELS", "min=1"))) {
            Outcome o = CriterionRules.evaluate(c, nothing);
            assertThat(o.verdict()).as(c.code()).isEqualTo(Verdict.MISSING_DATA);
            assertThat(o.explanation().get(0).key()).isEqualTo("eval.x.missingSource");
        }
        // A source that supplies only some categories does not decide the others.
        UnitFacts onlyCrime = new UnitFacts("14677-001", UnitKind.RESIDENTIAL_AREA, 2025, AREAS_124)
                .incidents(EnumSet.of(Category.CRIME), List.of(), List.of());
        assertThat(CriterionRules.evaluate(criterion("KDC-4d", "SERIOUS_ACCIDENTS", "categories=FIRE_EXPLOSION,LABOUR_ACCIDENT"), onlyCrime).verdict())
                .isEqualTo(Verdict.MISSING_DATA);
        assertThat(CriterionRules.evaluate(criterion("KDC-4b", "SERIOUS_CRIME", ""), onlyCrime).verdict()).isEqualTo(Verdict.MET);
    }

    @Test
    void householdCoverageMustBeComplete() {
        Criterion kdc1c = criterion("KDC-1c", "HOUSEHOLD_COVERAGE", "percent=100;graceDays=30");
        UnitFacts all = new UnitFacts("a", UnitKind.RESIDENTIAL_AREA, 2025, AREAS_124).coverage(true, new CoverageFacts.Coverage(120, 120, List.of()));
        UnitFacts one = new UnitFacts("a", UnitKind.RESIDENTIAL_AREA, 2025, AREAS_124)
                .coverage(true, new CoverageFacts.Coverage(120, 119, List.of(new FactRef("7", "Hộ Nguyễn Văn An", "/households/7"))));
        assertThat(CriterionRules.evaluate(kdc1c, all).verdict()).isEqualTo(Verdict.MET);
        Outcome missing = CriterionRules.evaluate(kdc1c, one);
        assertThat(missing.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(missing.refs()).extracting(FactRef::label).containsExactly("Hộ Nguyễn Văn An");
    }

    @Test
    void registrationAndDocumentsAreDueByTheEndOfTheFirstQuarter() {
        Criterion kdc1b = criterion("KDC-1b", "REGISTERED_BY_DEADLINE", "");
        assertThat(CriterionRules.evaluate(kdc1b, new UnitFacts("a", UnitKind.RESIDENTIAL_AREA, 2025, AREAS_124)
                .registeredOn(LocalDate.of(2025, 3, 31))).verdict()).isEqualTo(Verdict.MET);
        assertThat(CriterionRules.evaluate(kdc1b, new UnitFacts("a", UnitKind.RESIDENTIAL_AREA, 2025, AREAS_124)
                .registeredOn(LocalDate.of(2025, 4, 1))).verdict()).isEqualTo(Verdict.NOT_MET);
        Criterion xa1a = criterion("XA-1a", "DOCS_BY_DEADLINE", "docs=RESOLUTION,PLAN;registration=true");
        UnitFacts late = new UnitFacts("14677", UnitKind.COMMUNE, 2025, COMMUNES_124).registeredOn(LocalDate.of(2025, 3, 1))
                .documents(List.of(new DocumentFacts.Document("1", DocumentFacts.Kind.RESOLUTION, "05-NQ/ĐU", LocalDate.of(2025, 1, 20), "Đảng ủy", null),
                        new DocumentFacts.Document("2", DocumentFacts.Kind.PLAN, "12/KH-UBND", LocalDate.of(2025, 4, 2), "UBND", null)));
        assertThat(CriterionRules.evaluate(xa1a, late).verdict()).isEqualTo(Verdict.NOT_MET);
        UnitFacts onTime = new UnitFacts("14677", UnitKind.COMMUNE, 2025, COMMUNES_124).registeredOn(LocalDate.of(2025, 3, 1))
                .documents(List.of(new DocumentFacts.Document("1", DocumentFacts.Kind.RESOLUTION, "05-NQ/ĐU", LocalDate.of(2025, 1, 20), "Đảng ủy", null),
                        new DocumentFacts.Document("2", DocumentFacts.Kind.PLAN, "12/KH-UBND", LocalDate.of(2025, 3, 31), "UBND", null)));
        assertThat(CriterionRules.evaluate(xa1a, onTime).verdict()).isEqualTo(Verdict.MET);
    }

    @Test
    void aResolutionNotRecordedIsForAPersonToCheckButALateRegistrationStillFails() {
        Criterion xa1a = criterion("XA-1a", "DOCS_BY_DEADLINE", "docs=RESOLUTION,PLAN;registration=true");
        UnitFacts noPlan = new UnitFacts("14677", UnitKind.COMMUNE, 2025, COMMUNES_124).registeredOn(LocalDate.of(2025, 3, 1))
                .documents(List.of(new DocumentFacts.Document("1", DocumentFacts.Kind.RESOLUTION, "05-NQ/ĐU", LocalDate.of(2025, 1, 20), "Đảng ủy", null)));
        Outcome unknown = CriterionRules.evaluate(xa1a, noPlan);
        assertThat(unknown.verdict()).isEqualTo(Verdict.MISSING_DATA);
        assertThat(unknown.explanation()).extracting(x -> x.key()).contains("eval.x.docFound", "eval.x.docMissing");

        UnitFacts lateAndNoPlan = new UnitFacts("14677", UnitKind.COMMUNE, 2025, COMMUNES_124).registeredOn(LocalDate.of(2025, 4, 2))
                .documents(List.of());
        assertThat(CriterionRules.evaluate(xa1a, lateAndNoPlan).verdict()).isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void windowsAndDeadlinesFollowTheUnitKind() {
        assertThat(AREAS_124.windowStart(2025)).isEqualTo(LocalDate.of(2024, 11, 1));
        assertThat(AREAS_124.windowEnd(2025)).isEqualTo(LocalDate.of(2025, 10, 31));
        assertThat(AREAS_124.decisionDeadline(2025)).isEqualTo(LocalDate.of(2025, 11, 14));
        assertThat(COMMUNES_124.windowStart(2025)).isEqualTo(LocalDate.of(2024, 11, 16));
        assertThat(COMMUNES_124.windowEnd(2025)).isEqualTo(LocalDate.of(2025, 11, 15));
        assertThat(COMMUNES_124.decisionDeadline(2025)).isEqualTo(LocalDate.of(2025, 11, 19));
        assertThat(AREAS_124.registrationDeadline(2025)).isEqualTo(LocalDate.of(2025, 3, 31));
    }

    @Test
    void smallEnterprisesAndPrimarySchoolsAreExcluded() {
        assertThat(EnterpriseSize.SMALL.eligibleForRecognition()).isFalse();
        assertThat(EnterpriseSize.MICRO.eligibleForRecognition()).isFalse();
        assertThat(EnterpriseSize.MEDIUM.eligibleForRecognition()).isTrue();
        assertThat(SchoolLevel.PRIMARY.eligibleForRecognition()).isFalse();
        assertThat(SchoolLevel.PRESCHOOL.eligibleForRecognition()).isFalse();
        assertThat(SchoolLevel.CRECHE.eligibleForRecognition()).isFalse();
        assertThat(SchoolLevel.LOWER_SECONDARY.eligibleForRecognition()).isTrue();
        assertThat(UnitKind.of(UnitType.PAGODA)).isEmpty();
        assertThat(UnitKind.of(UnitType.TO_DAN_PHO)).contains(UnitKind.RESIDENTIAL_AREA);
        assertThat(UnitKind.of(UnitType.DAC_KHU)).contains(UnitKind.COMMUNE);
    }
}
