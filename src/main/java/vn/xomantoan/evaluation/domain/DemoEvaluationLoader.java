package vn.xomantoan.evaluation.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.xomantoan.audit.AuditAction;
import vn.xomantoan.audit.AuditLog;
import vn.xomantoan.evaluation.jdbc.CaseStore;
import vn.xomantoan.evaluation.jdbc.TargetFinder;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.units.UnitCatalog;
import vn.xomantoan.units.UnitView;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * Demo recognition cases for Ninh Bình: 2015 and 2016 under Circular 23 and last year under Circular
 * 124 (registered, assessed from the paper records, decided by the communes and districts — or the
 * province after 2025 — with certificates) and the current year under
 * Circular 124 (registered, human criteria answered; the data-driven criteria wait for the first run
 * and the data sources; Xã Định Hóa has not answered yet). Fixed seed; only when no case exists yet.
 */
@Component
@Order(70)
@ConditionalOnProperty(name = "xomantoan.demo.enabled", havingValue = "true")
class DemoEvaluationLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoEvaluationLoader.class);
    private static final String PROVINCE = "37";
    private static final String PENDING_COMMUNE = "14677";
    private static final String[] SIGNERS = {"Nguyễn Văn Thắng", "Trần Văn Bình", "Phạm Thị Hương", "Đinh Công Minh", "Lê Văn Hải",
            "Vũ Thị Thu", "Hoàng Văn Nam", "Bùi Đức Long"};

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate tx;
    private final UnitCatalog units;
    private final TargetFinder targets;
    private final CaseStore cases;
    private final CriteriaCatalog catalog;
    private final EvaluationService evaluation;
    private final AuditLog audit;

    DemoEvaluationLoader(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate tx, UnitCatalog units, TargetFinder targets,
                         CaseStore cases, CriteriaCatalog catalog, EvaluationService evaluation, AuditLog audit) {
        this.jdbc = jdbc;
        this.template = template;
        this.tx = tx;
        this.units = units;
        this.targets = targets;
        this.cases = cases;
        this.catalog = catalog;
        this.evaluation = evaluation;
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT COUNT(*) FROM eval_case").query(Long.class).single() > 0) {
            return;
        }
        long start = System.currentTimeMillis();
        // Several short transactions: H2 slows down markedly with one very large one.
        int n2015 = loadYear(2015, true);
        int n2016 = loadYear(2016, true);
        int current = LocalDate.now().getYear();
        int nLast = loadYear(current - 1, true);
        int nNow = loadYear(current, false);
        tx.executeWithoutResult(status -> audit.record(AuditAction.IMPORT, "eval_case", null, "Nạp dữ liệu mẫu đánh giá, công nhận: "
                + n2015 + " hồ sơ năm 2015, " + n2016 + " hồ sơ năm 2016, " + nLast + " hồ sơ năm " + (current - 1) + ", "
                + nNow + " hồ sơ năm " + current, null, null));
        log.info("Loaded the demo recognition cases in {} ms", System.currentTimeMillis() - start);
    }

    private int loadYear(int year, boolean decide) {
        Integer n = tx.execute(status -> prepareYear(year, decide));
        if (n == null || n == 0 || !decide) {
            return n == null ? 0 : n;
        }
        LocalDate ref = EvaluationService.referenceDate(year);
        UnitView province = units.validOn(PROVINCE, ref, UnitScope.EVERYTHING).orElseThrow();
        List<Target> found = targets.find(province, ref, year, UnitScope.EVERYTHING);
        List<CriteriaSet> sets = catalog.sets();
        Function<UnitKind, CriteriaSet> setOf = k -> CriteriaCatalog.setFor(k, year, sets);
        Set<String> communes = new LinkedHashSet<>();
        found.forEach(t -> communes.add(t.communeCode()));
        advance(year, found, setOf, communes, new Random(19082005L + year));
        return n;
    }

    /** Opens the cases, registers most of them and records the answers of the paper assessment. */
    private int prepareYear(int year, boolean decide) {
        LocalDate ref = EvaluationService.referenceDate(year);
        UnitView province = units.validOn(PROVINCE, ref, UnitScope.EVERYTHING).orElse(null);
        if (province == null) {
            return 0;
        }
        Random random = new Random(20161024L + year);
        List<Target> found = targets.find(province, ref, year, UnitScope.EVERYTHING);
        log.debug("demo {}: {} targets", year, found.size());
        List<CriteriaSet> sets = catalog.sets();
        Function<UnitKind, CriteriaSet> setOf = k -> CriteriaCatalog.setFor(k, year, sets);
        Set<String> communes = new LinkedHashSet<>();
        found.forEach(t -> communes.add(t.communeCode()));
        cases.openMissing(found, year, k -> setOf.apply(k).code(), Map.of());
        Map<String, EvalCase> byCode = cases.byCommunes(year, communes);
        LocalDate today = LocalDate.now();

        List<Object[]> register = new ArrayList<>();
        List<Object[]> history = new ArrayList<>();
        List<Object[]> answers = new ArrayList<>();
        List<Object[]> verdicts = new ArrayList<>();
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        Map<String, List<Criterion>> criteriaBySet = new java.util.HashMap<>();
        for (Target t : found) {
            EvalCase c = byCode.get(t.code());
            CriteriaSet set = setOf.apply(t.kind());
            LocalDate registered = LocalDate.of(year, 1, 10).plusDays(random.nextInt(75));
            // Định Hóa (the commune of the demo accounts) registered all its units; elsewhere about 3% did not.
            boolean registers = (random.nextInt(100) < 97 || t.communeCode().equals(PENDING_COMMUNE)) && !registered.isAfter(today);
            if (!registers) {
                if (today.isAfter(set.registrationDeadline(year))) {
                    register.add(new Object[]{CaseState.NOT_REGISTERED.name(), null, c.id()});
                    history.add(transition(c.id(), CaseAction.DECLINE, CaseState.ELIGIBLE, CaseState.NOT_REGISTERED,
                            set.registrationDeadline(year).plusDays(1), "Không đăng ký phấn đấu đúng hạn", now));
                }
                continue;
            }
            register.add(new Object[]{CaseState.MONITORING.name(), Date.valueOf(registered), c.id()});
            history.add(transition(c.id(), CaseAction.REGISTER, CaseState.ELIGIBLE, CaseState.REGISTERED, registered, null, now));
            history.add(transition(c.id(), CaseAction.MONITOR, CaseState.REGISTERED, CaseState.MONITORING, registered, null, now));
            if (!decide && t.communeCode().equals(PENDING_COMMUNE)) {
                continue;
            }
            boolean fails = decide && t.kind() != UnitKind.COMMUNE && random.nextInt(100) < 9;
            List<Criterion> criteria = criteriaBySet.computeIfAbsent(set.code(), code -> catalog.criteria(code, PROVINCE));
            String failing = fails ? failingCriterion(criteria, random) : null;
            if (decide && t.kind() != UnitKind.COMMUNE) {
                verdicts.add(new Object[]{failing == null ? OverallVerdict.MET.name() : OverallVerdict.NOT_MET.name(), failing, c.id()});
            }
            for (Criterion cr : criteria) {
                boolean computed = cr.rule().equals("REGISTERED_BY_DEADLINE") || cr.rule().endsWith("_RATE") && t.kind() == UnitKind.COMMUNE;
                // This year's data-driven criteria wait for the run and the data sources; 2016 comes from the paper records.
                if (computed || (!decide && cr.mode() != Mode.HUMAN)) {
                    continue;
                }
                boolean met = !cr.code().equals(failing);
                answers.add(new Object[]{c.id(), cr.code(), met ? Verdict.MET.name() : Verdict.NOT_MET.name(),
                        note(cr, met, year, random), "demo", now});
            }
        }
        template.batchUpdate("UPDATE eval_case SET state = ?, registered_on = ?, row_version = row_version + 1 WHERE id = ?", register);
        template.batchUpdate("INSERT INTO eval_answer (case_id, criterion_code, verdict, note, answered_by, answered_at) VALUES (?,?,?,?,?,?)", answers);
        insertHistory(history);
        template.batchUpdate("UPDATE eval_case SET verdict = ?, failing = ? WHERE id = ?", verdicts);
        log.debug("demo {}: {} cases prepared", year, found.size());
        return found.size();
    }

    private static String failingCriterion(List<Criterion> criteria, Random random) {
        List<String> candidates = criteria.stream().map(Criterion::code)
                .filter(code -> code.startsWith("KDC-4") || code.equals("KDC-1c") || code.startsWith("CQ-3") || code.startsWith("GD-3")
                        || code.equals("CQ-4") || code.equals("GD-5") || code.equals("KDC-3"))
                .toList();
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    private static String note(Criterion cr, boolean met, int year, Random random) {
        if (!met) {
            return switch (cr.code()) {
                case "KDC-4b", "CQ-3đ" -> "Xảy ra 01 vụ cố ý gây thương tích (tội phạm nghiêm trọng) trong kỳ đánh giá, không thuộc trường hợp được miễn trừ.";
                case "KDC-1c" -> "Còn " + (2 + random.nextInt(5)) + " hộ chưa " + (year <= 2021 ? "ký cam kết" : "đăng ký tham gia") + " theo biên bản rà soát.";
                case "KDC-4a" -> "Số vụ vi phạm pháp luật tăng so với năm trước theo báo cáo của Công an xã.";
                default -> "Theo biên bản họp đánh giá: tiêu chí chưa đạt.";
            };
        }
        return "Biên bản họp đánh giá ngày " + String.format("%02d/11/%d", 2 + random.nextInt(5), year) + ": đạt.";
    }

    private static Object[] transition(long caseId, CaseAction action, CaseState from, CaseState to, LocalDate on, String note, Timestamp at) {
        return new Object[]{caseId, action.name(), from.name(), to.name(), Date.valueOf(on), note, "demo", at};
    }

    private void insertHistory(List<Object[]> rows) {
        template.batchUpdate("INSERT INTO eval_transition (case_id, action, from_state, to_state, on_date, note, username, acted_at) VALUES (?,?,?,?,?,?,?,?)", rows);
    }

    /** Moves a decided year's dossiers through appraisal and decisions: the units by their commune, then the communes by their district. */
    private void advance(int year, List<Target> found, Function<UnitKind, CriteriaSet> setOf, Set<String> communes, Random random) {
        List<EvalCase> appraised = tx.execute(status -> toAppraisal(year, found, setOf, communes, false, random));
        LocalDate ref = EvaluationService.referenceDate(year);
        tx.executeWithoutResult(status -> decide(year, appraised,
                c -> units.validOn(c.communeCode(), ref, UnitScope.EVERYTHING).orElse(null), setOf, random));
        // One run computes every result; the communes' XA-4 criteria see their units' decisions. Then the districts decide.
        UnitView province = units.validOn(PROVINCE, ref, UnitScope.EVERYTHING).orElseThrow();
        evaluation.run(province, year, UnitScope.EVERYTHING);
        tx.executeWithoutResult(status -> {
            List<EvalCase> communeCases = toAppraisal(year, found, setOf, communes, true, random);
            decide(year, communeCases, c -> units.byId(c.unitVersionId(), UnitScope.EVERYTHING)
                    .flatMap(u -> units.byId(u.parentId(), UnitScope.EVERYTHING)).orElse(null), setOf, random);
        });
    }

    private List<EvalCase> toAppraisal(int year, List<Target> found, Function<UnitKind, CriteriaSet> setOf, Set<String> communes,
                                       boolean communeStage, Random random) {
        LocalDate today = LocalDate.now();
        Map<String, EvalCase> byCode = cases.byCommunes(year, communes);
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> history = new ArrayList<>();
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        List<EvalCase> appraised = new ArrayList<>();
        for (Target t : found) {
            EvalCase c = byCode.get(t.code());
            if (c.state() != CaseState.MONITORING || c.verdict() == OverallVerdict.INCOMPLETE || (t.kind() == UnitKind.COMMUNE) != communeStage) {
                continue;
            }
            LocalDate review = setOf.apply(t.kind()).windowEnd(year).plusDays(1 + random.nextInt(3));
            LocalDate submit = review.plusDays(1);
            LocalDate appraisal = submit.plusDays(1);
            if (appraisal.isAfter(today)) {
                continue;
            }
            updates.add(new Object[]{CaseState.UNDER_APPRAISAL.name(), Date.valueOf(review), Date.valueOf(submit), Date.valueOf(appraisal), c.id()});
            history.add(transition(c.id(), CaseAction.SELF_REVIEW, CaseState.MONITORING, CaseState.SELF_REVIEWED, review, "Biên bản họp đánh giá", now));
            history.add(transition(c.id(), CaseAction.SUBMIT, CaseState.SELF_REVIEWED, CaseState.SUBMITTED, submit, null, now));
            history.add(transition(c.id(), CaseAction.START_APPRAISAL, CaseState.SUBMITTED, CaseState.UNDER_APPRAISAL, appraisal, null, now));
            appraised.add(c);
        }
        template.batchUpdate("UPDATE eval_case SET state = ?, self_reviewed_on = ?, submitted_on = ?, appraisal_on = ?, row_version = row_version + 1 WHERE id = ?", updates);
        insertHistory(history);
        return appraised;
    }

    /** One decision per issuing body and kind of unit; units meeting every criterion are recognised. */
    private void decide(int year, List<EvalCase> appraised, Function<EvalCase, UnitView> issuerOf, Function<UnitKind, CriteriaSet> setOf, Random random) {
        Map<String, List<EvalCase>> groups = new java.util.TreeMap<>();
        Map<String, UnitView> issuers = new java.util.HashMap<>();
        for (EvalCase c : appraised) {
            UnitView issuer = issuerOf.apply(c);
            if (issuer != null) {
                String key = issuer.code() + "|" + c.kind();
                issuers.put(key, issuer);
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
            }
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> history = new ArrayList<>();
        int number = 100;
        for (Map.Entry<String, List<EvalCase>> e : groups.entrySet()) {
            UnitView issuer = issuers.get(e.getKey());
            UnitKind kind = e.getValue().get(0).kind();
            LocalDate on = setOf.apply(kind).decisionDeadline(year).minusDays(2 + random.nextInt(3));
            String no = (number++) + "/QĐ-UBND";
            jdbc.sql("""
                            INSERT INTO eval_decision (eval_year, unit_kind, issuer_unit_id, issuer_name, number, issued_on, place, signer_name,
                                                       signer_title, legal_basis_text, created_by, created_at)
                            VALUES (:y, :kind, :iu, :iname, :no, :on, :place, :signer, 'Chủ tịch', :basis, 'demo', :at)""")
                    .param("y", year).param("kind", kind.name()).param("iu", issuer.id())
                    .param("iname", "Ủy ban nhân dân " + DecisionService.lowerFirst(issuer.name()))
                    .param("no", no).param("on", on).param("place", DecisionService.shortName(issuer))
                    .param("signer", SIGNERS[random.nextInt(SIGNERS.length)])
                    .param("basis", year <= 2021 ? "Thông tư số 23/2012/TT-BCA ngày 27/4/2012 của Bộ Công an"
                            : "Thông tư số 124/2021/TT-BCA ngày 28/12/2021 của Bộ Công an")
                    .param("at", LocalDateTime.now()).update();
            long decisionId = lastDecisionId();
            int serial = 0;
            List<EvalCase> sorted = new ArrayList<>(e.getValue());
            sorted.sort(java.util.Comparator.comparing(EvalCase::unitName, vn.xomantoan.shared.text.VietnameseText.comparator()));
            for (EvalCase c : sorted) {
                boolean met = c.verdict() == OverallVerdict.MET;
                CaseState to = met ? CaseState.RECOGNISED : CaseState.NOT_RECOGNISED;
                updates.add(new Object[]{to.name(), met ? "RECOGNISED" : "NOT_RECOGNISED", Date.valueOf(on), decisionId,
                        met ? String.format("%02d/GCN-%s", ++serial, no) : null, c.id()});
                history.add(transition(c.id(), met ? CaseAction.RECOGNISE : CaseAction.NOT_RECOGNISE, CaseState.UNDER_APPRAISAL, to, on,
                        "Quyết định số " + no, now));
            }
        }
        template.batchUpdate("UPDATE eval_case SET state = ?, outcome = ?, decided_on = ?, decision_id = ?, certificate_no = ?, row_version = row_version + 1 WHERE id = ?", updates);
        insertHistory(history);
    }

    private long lastDecisionId() {
        return jdbc.sql("SELECT MAX(id) FROM eval_decision").query(Long.class).single();
    }
}
