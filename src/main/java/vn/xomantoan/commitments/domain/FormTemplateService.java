package vn.xomantoan.commitments.domain;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.audit.AuditAction;
import vn.xomantoan.audit.AuditLog;
import vn.xomantoan.shared.Forbidden;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.text.VietnameseText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Saving a template creates its next version; earlier versions stay for the campaigns that use them. */
@Service
public class FormTemplateService {

    private final FormTemplateStore store;
    private final CommitmentAccess access;
    private final AuditLog audit;

    FormTemplateService(FormTemplateStore store, CommitmentAccess access, AuditLog audit) {
        this.store = store;
        this.access = access;
        this.audit = audit;
    }

    /**
     * Saves the edited text as a new version of the template. {@code basedOnVersion} is the version
     * the user edited: if someone saved a newer one meanwhile, nothing is stored.
     */
    @Transactional
    public long saveNewVersion(long basedOnId, int basedOnVersion, String title, LocalDate validFrom, String body,
                               String commitmentsText) {
        if (!access.canEditTemplates()) {
            throw new Forbidden();
        }
        FormTemplate base = store.byId(basedOnId).orElseThrow(NotFound::new);
        String cleanTitle = VietnameseText.clean(title);
        String cleanBody = body == null ? "" : java.text.Normalizer.normalize(body.strip(), java.text.Normalizer.Form.NFC);
        String cleanText = commitmentsText == null ? ""
                : java.text.Normalizer.normalize(commitmentsText.strip(), java.text.Normalizer.Form.NFC);
        List<ValidationFailure.Problem> problems = new ArrayList<>();
        if (cleanTitle == null || cleanTitle.isEmpty()) {
            problems.add(new ValidationFailure.Problem("title", "commitments.template.error.titleRequired", null));
        }
        if (validFrom == null) {
            problems.add(new ValidationFailure.Problem("validFrom", "commitments.template.error.validFromRequired", null));
        }
        if (cleanBody.isEmpty()) {
            problems.add(new ValidationFailure.Problem("body", "commitments.template.error.bodyRequired", null));
        }
        if (cleanText.isEmpty()) {
            problems.add(new ValidationFailure.Problem("commitmentsText", "commitments.template.error.textRequired", null));
        }
        List<String> unknown = new ArrayList<>(FormTemplate.unknownPlaceholders(cleanBody));
        unknown.addAll(FormTemplate.unknownPlaceholders(cleanText));
        if (!unknown.isEmpty()) {
            problems.add(new ValidationFailure.Problem("body", "commitments.template.error.unknownPlaceholder",
                    new Object[]{"{{" + String.join("}}, {{", unknown) + "}}"}));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        int newest = store.newestVersion(base.code());
        if (newest != basedOnVersion) {
            throw ValidationFailure.of("", "error.concurrentChange");
        }
        long id = store.insert(base.code(), newest + 1, cleanTitle, base.criteriaSet(), base.subjectKind(), validFrom,
                cleanBody, cleanText, access.username());
        audit.record(AuditAction.CREATE, "CommitmentTemplate", id,
                "Lưu phiên bản " + (newest + 1) + " của mẫu " + base.code() + " (" + cleanTitle + ")",
                Map.of("code", base.code(), "version", base.version(), "title", base.title()),
                Map.of("code", base.code(), "version", newest + 1, "title", cleanTitle, "validFrom", validFrom.toString()));
        return id;
    }
}
