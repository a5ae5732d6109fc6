package vn.xomantoan.incidents.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.xomantoan.incidents.domain.IncidentAccess;
import vn.xomantoan.incidents.domain.IncidentImporter;
import vn.xomantoan.incidents.domain.ReferenceData;
import vn.xomantoan.shared.web.Messages;

import java.io.IOException;
import java.time.LocalDate;

/** CSV/XLSX import of incidents, all or nothing, with a row-numbered report. */
@Controller
class IncidentImportController {

    private final IncidentImporter importer;
    private final IncidentAccess access;
    private final ReferenceData reference;
    private final Messages messages;

    IncidentImportController(IncidentImporter importer, IncidentAccess access, ReferenceData reference, Messages messages) {
        this.importer = importer;
        this.access = access;
        this.reference = reference;
        this.messages = messages;
    }

    @GetMapping("/incidents/import")
    String form(Model model) {
        access.requirePolice();
        return page(model);
    }

    @PostMapping("/incidents/import")
    String upload(@RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        access.requirePolice();
        if (file == null || file.isEmpty()) {
            model.addAttribute("problems", java.util.List.of(new IncidentImporter.RowProblem(0, "", messages.get("imports.error.fileMissing"))));
            return page(model);
        }
        try {
            int n = importer.importFile(file.getOriginalFilename(), file.getBytes());
            model.addAttribute("done", messages.get("incidents.import.done", n));
        } catch (IncidentImporter.Rejected e) {
            model.addAttribute("problems", e.problems());
        }
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("columns", IncidentImporter.COLUMNS);
        model.addAttribute("categories", reference.list(ReferenceData.CATEGORY, null, LocalDate.now()));
        model.addAttribute("subcategories", reference.list(ReferenceData.SUBCATEGORY, null, LocalDate.now()));
        return "incidents/import";
    }
}
