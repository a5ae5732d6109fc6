package vn.xomantoan.evaluation.domain;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.audit.AuditAction;
import vn.xomantoan.audit.AuditLog;
import vn.xomantoan.evaluation.jdbc.CaseStore;
import vn.xomantoan.evaluation.jdbc.DecisionStore;
import vn.xomantoan.identity.AccessScope;
import vn.xomantoan.identity.Role;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.shared.Forbidden;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.text.VietnameseText;
import vn.xomantoan.units.UnitCatalog;
import vn.xomantoan.units.UnitLevel;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A decision covers a list of cases under appraisal: those meeting every criterion are recognised
 * and get a certificate number, the others are not recognised. The issuer follows the authority
 * rule in force (commune, district before 01/07/2025, province after).
 */
@Service("evaluationDecisionService")
public class DecisionService {

    private final AccessScope access;
    private final CaseStore cases;
    private final DecisionStore decisions;
    private final CaseWorkflow workflow;
    private final UnitCatalog units;
    private final AuditLog audit;

    DecisionService(AccessScope access, CaseStore cases, DecisionStore decisions, CaseWorkflow workflow, UnitCatalog units, AuditLog audit) {
        this.access = access;
        this.cases = cases;
        this.decisions = decisions;
        this.workflow = workflow;
        this.units = units;
        this.audit = audit;
    }

    public record DecisionRequest(List<Long> caseIds, String number, LocalDate issuedOn, String signerName, String signerTitle) {
    }

    public record DecisionView(Decision decision, List<EvalCase> recognised, List<EvalCase> notRecognised) {
    }

    @Transactional
    public DecisionView decide(DecisionRequest request) {
        Role role = access.role().orElseThrow(Forbidden::new);
        UnitScope scope = access.current();
        List<ValidationFailure.Problem> problems = new ArrayList<>();
        if (request.caseIds() == null || request.caseIds().isEmpty()) {
            problems.add(new ValidationFailure.Problem("caseIds", "eval.error.noCases", null));
        }
        String number = VietnameseText.clean(request.number());
        if (number == null || number.isBlank()) {
            problems.add(new ValidationFailure.Problem("number", "eval.error.numberRequired", null));
        }
        if (request.issuedOn() == null) {
            problems.add(new ValidationFailure.Problem("issuedOn", "eval.error.dateRequired", null));
        } else if (request.issuedOn().isAfter(LocalDate.now())) {
            problems.add(new ValidationFailure.Problem("issuedOn", "eval.error.futureDate", null));
        }
        String signer = VietnameseText.clean(request.signerName());
        if (signer == null || signer.isBlank()) {
            problems.add(new ValidationFailure.Problem("signerName", "eval.error.signerRequired", null));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        List<EvalCase> list = new ArrayList<>();
        for (long id : request.caseIds()) {
            list.add(cases.byId(id, scope).orElseThrow(NotFound::new));
        }
        EvalCase first = list.get(0);
        AuthorityRules.Authority authority = workflow.authority(first);
        for (EvalCase c : list) {
            if (!CasePermissions.mayAct(role, c.kind(), CaseAction.RECOGNISE, workflow.authority(c).deciderLevel())) {
                throw new Forbidden();
            }
            if (c.kind() != first.kind() || c.year() != first.year()) {
                throw ValidationFailure.of("caseIds", "eval.error.mixedCases");
            }
            if (c.state() != CaseState.UNDER_APPRAISAL) {
                throw ValidationFailure.of("caseIds", "eval.error.notUnderAppraisal", c.unitName());
            }
        }
        UnitView issuer = issuer(first, authority.deciderLevel(), request.issuedOn());
        for (EvalCase c : list) {
            if (!issuer(c, authority.deciderLevel(), request.issuedOn()).code().equals(issuer.code())) {
                throw ValidationFailure.of("caseIds", "eval.error.mixedIssuers");
            }
        }
        String title = VietnameseText.clean(request.signerTitle());
        Decision d = new Decision(0, first.year(), first.kind(), issuer.id(), "Ủy ban nhân dân " + lowerFirst(issuer.name()), number,
                request.issuedOn(), shortName(issuer), signer, title == null || title.isBlank() ? "Chủ tịch" : title, authority.legalBasis());
        String user = access.user().map(u -> u.getUsername()).orElse("system");
        long id = decisions.insert(d, user);
        list.sort(Comparator.comparing(EvalCase::unitName, VietnameseText.comparator()));
        int serial = 0;
        for (EvalCase c : list) {
            boolean met = c.verdict() == OverallVerdict.MET;
            String certificate = met ? String.format("%02d/GCN-%s", ++serial, number) : null;
            workflow.apply(c, met ? CaseAction.RECOGNISE : CaseAction.NOT_RECOGNISE, request.issuedOn(),
                    "Quyết định số " + number, null, id, certificate);
        }
        audit.record(AuditAction.CREATE, "eval_decision", id, "Quyết định " + number + " công nhận " + serial + "/" + list.size()
                + " đơn vị đạt tiêu chuẩn “An toàn về an ninh, trật tự” năm " + first.year(), null,
                Map.of("number", number, "cases", request.caseIds(), "issuer", d.issuerName()));
        return view(id);
    }

    public DecisionView view(long id) {
        Decision d = decisions.byId(id).orElseThrow(NotFound::new);
        List<EvalCase> covered = cases.byDecision(id, access.current());
        if (covered.isEmpty()) {
            throw new NotFound();
        }
        List<EvalCase> sorted = new ArrayList<>(covered);
        sorted.sort(Comparator.comparing(EvalCase::unitName, VietnameseText.comparator()));
        return new DecisionView(d, sorted.stream().filter(EvalCase::recognised).toList(),
                sorted.stream().filter(c -> !c.recognised()).toList());
    }

    UnitView issuer(EvalCase c, String level, LocalDate on) {
        if ("COMMUNE".equals(level)) {
            if (c.kind() == UnitKind.COMMUNE) {
                return units.byId(c.unitVersionId(), UnitScope.EVERYTHING).orElseThrow();
            }
            return units.validOn(c.communeCode(), on, UnitScope.EVERYTHING)
                    .or(() -> units.byId(c.unitVersionId(), UnitScope.EVERYTHING).flatMap(u -> units.byId(u.parentId(), UnitScope.EVERYTHING)))
                    .orElseThrow();
        }
        UnitView unit = units.byId(c.unitVersionId(), UnitScope.EVERYTHING).orElseThrow();
        UnitLevel wanted = "DISTRICT".equals(level) ? UnitLevel.DISTRICT : UnitLevel.PROVINCE;
        return units.path(unit).stream().filter(u -> u.level() == wanted).findFirst().orElse(units.path(unit).get(0));
    }

    public static String lowerFirst(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    public static String shortName(UnitView u) {
        String prefix = u.type().namePrefix();
        return prefix != null && u.name().startsWith(prefix + " ") ? u.name().substring(prefix.length() + 1) : u.name();
    }
}
