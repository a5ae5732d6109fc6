package vn.xomantoan.evaluation.domain;

import org.apache.tika.Tika;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.audit.AuditAction;
import vn.xomantoan.audit.AuditLog;
import vn.xomantoan.evaluation.jdbc.EvidenceStore;
import vn.xomantoan.identity.AccessScope;
import vn.xomantoan.identity.Role;
import vn.xomantoan.shared.Forbidden;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.text.VietnameseText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evidence for a case (meeting minutes, documents, photos). Files are checked by their content, not
 * their name (Apache Tika), and limited in size.
 */
@Service("evaluationEvidenceService")
public class EvidenceService {

    static final Set<String> ALLOWED_TYPES = Set.of("application/pdf", "image/jpeg", "image/png",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/x-tika-ooxml",
            "application/msword", "application/x-tika-msoffice");

    private final AccessScope access;
    private final CaseWorkflow workflow;
    private final EvidenceStore store;
    private final AuditLog audit;
    private final long maxBytes;
    private final Tika tika = new Tika();

    EvidenceService(AccessScope access, CaseWorkflow workflow, EvidenceStore store, AuditLog audit,
                    @Value("${xomantoan.evaluation.max-evidence-bytes:10485760}") long maxBytes) {
        this.access = access;
        this.workflow = workflow;
        this.store = store;
        this.audit = audit;
        this.maxBytes = maxBytes;
    }

    public record Upload(String fileName, byte[] content) {
    }

    @Transactional
    public long add(long caseId, String criterionCode, String title, String docNumber, LocalDate docDate, String note, Upload file) {
        EvalCase c = workflow.visible(caseId);
        Role role = access.role().orElseThrow(Forbidden::new);
        if (!CasePermissions.mayAnswer(role, c.kind())) {
            throw new Forbidden();
        }
        List<ValidationFailure.Problem> problems = new ArrayList<>();
        String cleanTitle = VietnameseText.clean(title);
        if (cleanTitle == null || cleanTitle.isBlank()) {
            problems.add(new ValidationFailure.Problem("title", "eval.error.titleRequired", null));
        } else if (cleanTitle.length() > 300) {
            problems.add(new ValidationFailure.Problem("title", "eval.error.noteTooLong", new Object[]{300}));
        }
        if (!c.state().open()) {
            problems.add(new ValidationFailure.Problem("title", "eval.error.caseDecided", null));
        }
        String type = null;
        boolean hasFile = file != null && file.content() != null && file.content().length > 0;
        if (hasFile) {
            if (file.content().length > maxBytes) {
                problems.add(new ValidationFailure.Problem("file", "eval.error.fileTooLarge", new Object[]{maxBytes / (1024 * 1024)}));
            } else {
                type = tika.detect(file.content(), file.fileName());
                if (!ALLOWED_TYPES.contains(type)) {
                    problems.add(new ValidationFailure.Problem("file", "eval.error.fileType", new Object[]{type}));
                }
            }
        }
        if (docDate != null && docDate.isAfter(LocalDate.now())) {
            problems.add(new ValidationFailure.Problem("docDate", "eval.error.futureDate", null));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        String kind = hasFile ? "FILE" : docNumber != null && !docNumber.isBlank() ? "DOCUMENT" : "NOTE";
        String user = access.user().map(u -> u.getUsername()).orElse("system");
        String fileName = hasFile ? VietnameseText.clean(file.fileName()) : null;
        long id = store.insert(new EvidenceStore.Evidence(0, c.id(), blankToNull(criterionCode), kind, cleanTitle,
                blankToNull(VietnameseText.clean(docNumber)), docDate, blankToNull(VietnameseText.clean(note)), fileName, type,
                hasFile ? (long) file.content().length : null, user, null), hasFile ? file.content() : null);
        audit.record(AuditAction.CREATE, "eval_evidence", id, "Thêm minh chứng “" + cleanTitle + "” cho hồ sơ " + c.unitName()
                + " năm " + c.year(), null, Map.of("case", c.id(), "kind", kind, "title", cleanTitle));
        return id;
    }

    public List<EvidenceStore.Evidence> list(long caseId) {
        return store.list(workflow.visible(caseId).id());
    }

    public EvidenceStore.StoredFile file(long caseId, long evidenceId) {
        EvalCase c = workflow.visible(caseId);
        return store.file(c.id(), evidenceId).orElseThrow(NotFound::new);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
