package vn.xomantoan.units.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.xomantoan.identity.AccessScope;
import vn.xomantoan.identity.Role;
import vn.xomantoan.shared.Forbidden;
import vn.xomantoan.units.imports.ImportKind;
import vn.xomantoan.units.imports.ImportOutcome;
import vn.xomantoan.units.imports.ImportProblem;
import vn.xomantoan.units.imports.UnitImporter;

import java.io.IOException;
import java.util.List;

/** Import of units and succession links from CSV or XLSX (administrators only). */
@Controller
class UnitImportController {

    /** Checked before reading the upload; the multipart limit of the server is higher. */
    static final long MAX_BYTES = 10L * 1024 * 1024;

    private final UnitImporter importer;
    private final AccessScope access;

    UnitImportController(UnitImporter importer, AccessScope access) {
        this.importer = importer;
        this.access = access;
    }

    @GetMapping("/units/import")
    String form(Model model) {
        requireAdmin();
        model.addAttribute("kinds", ImportKind.values());
        model.addAttribute("kind", ImportKind.UNITS);
        return "units/import";
    }

    @PostMapping("/units/import")
    String upload(@RequestParam(defaultValue = "UNITS") ImportKind kind,
                  @RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response) throws IOException {
        requireAdmin();
        model.addAttribute("kinds", ImportKind.values());
        model.addAttribute("kind", kind);
        ImportOutcome outcome;
        String fileName = file == null ? "" : file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        if (file == null || file.isEmpty() && fileName.isEmpty()) {
            outcome = rejected(kind, fileName, "imports.error.fileMissing");
        } else if (file.getSize() > MAX_BYTES) {
            outcome = rejected(kind, fileName, "imports.error.fileTooLarge");
        } else {
            outcome = importer.importFile(kind, fileName, file.getBytes());
        }
        model.addAttribute("outcome", outcome);
        if (!outcome.succeeded()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return "units/import";
    }

    private static ImportOutcome rejected(ImportKind kind, String fileName, String key) {
        return new ImportOutcome(kind, fileName, 0, List.of(new ImportProblem(0, null, key, null)), null, null);
    }

    private void requireAdmin() {
        if (!access.hasRole(Role.ADMIN)) {
            throw new Forbidden();
        }
    }
}
