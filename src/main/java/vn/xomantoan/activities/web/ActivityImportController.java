package vn.xomantoan.activities.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import vn.xomantoan.activities.ActivityDraft;
import vn.xomantoan.activities.ActivityType;
import vn.xomantoan.activities.LedgerImport;
import vn.xomantoan.activities.LedgerKind;
import vn.xomantoan.activities.VenueKind;
import vn.xomantoan.activities.WriteAccess;
import vn.xomantoan.activities.domain.ActivityService;
import vn.xomantoan.identity.Role;
import vn.xomantoan.shared.web.Messages;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** CSV/XLSX import of activities: all rows or none, with a row-numbered report. */
@Controller
class ActivityImportController {

    static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("type", "activities.col.type");
        COLUMNS.put("heldOn", "activities.col.heldOn");
        COLUMNS.put("organiser", "activities.form.organiser");
        COLUMNS.put("place", "activities.col.placeCode");
        COLUMNS.put("venue", "activities.col.venue");
        COLUMNS.put("title", "activities.col.title");
        COLUMNS.put("participants", "activities.col.participants");
        COLUMNS.put("women", "activities.col.women");
        COLUMNS.put("content", "activities.form.content");
        COLUMNS.put("results", "activities.form.results");
    }

    private final LedgerImport imports;
    private final ActivityService service;
    private final WriteAccess access;
    private final Messages messages;

    ActivityImportController(LedgerImport imports, ActivityService service, WriteAccess access, Messages messages) {
        this.imports = imports;
        this.service = service;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/activities/import")
    String form(Model model) {
        access.require(ActivityService.WRITERS.toArray(Role[]::new));
        return show(model);
    }

    @PostMapping("/activities/import")
    String upload(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        access.require(ActivityService.WRITERS.toArray(Role[]::new));
        try {
            int n = run(file);
            model.addAttribute("imported", n);
        } catch (LedgerImport.Rejected e) {
            model.addAttribute("problems", e.problems());
        }
        return show(model);
    }

    @PostMapping("/api/v1/activities/import")
    @ResponseBody
    ResponseEntity<Map<String, Object>> api(@RequestParam("file") MultipartFile file) throws IOException {
        access.require(ActivityService.WRITERS.toArray(Role[]::new));
        try {
            return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("imported", run(file)));
        } catch (LedgerImport.Rejected e) {
            return ResponseEntity.badRequest().body(Map.of("title", messages.get("import.rejected"), "problems", e.problems()));
        }
    }

    private int run(MultipartFile file) throws IOException {
        List<String> types = LedgerKind.names(ActivityType.class);
        List<String> venues = LedgerKind.names(VenueKind.class);
        return imports.run(file.getOriginalFilename(), file.getBytes(), imports.aliases(COLUMNS), row -> new ActivityDraft(
                imports.enumValue(row.get("type"), "activity.type.", types), row.get("heldOn"), row.get("organiser"),
                row.get("place"), imports.enumValue(row.get("venue"), "activity.venue.", venues), row.get("title"),
                row.get("content"), row.get("results"), number(row.get("participants")), number(row.get("women")),
                Map.of(), List.of(), List.of(), List.of()), service::validate, service::insertChecked);
    }

    static Long number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.trim().replace(".", "").replace(",", ""));
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private String show(Model model) {
        model.addAttribute("titleKey", "activities.import.title");
        model.addAttribute("action", "/activities/import");
        model.addAttribute("back", "/activities");
        model.addAttribute("columns", COLUMNS.values().stream().map(messages::get).toList());
        return "activities/import";
    }
}
