package vn.xomantoan.commitments.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.xomantoan.commitments.domain.Campaign;
import vn.xomantoan.commitments.domain.CommitmentAccess;
import vn.xomantoan.commitments.domain.CommitmentImport;
import vn.xomantoan.commitments.domain.RecordingService;
import vn.xomantoan.shared.web.Messages;
import vn.xomantoan.units.UnitView;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

/** Recording an area's commitments from a spreadsheet, all or nothing, with a row-numbered report. */
@Controller
class CommitmentImportController {

    private final RecordingService recording;
    private final CommitmentImport importer;
    private final CommitmentAccess access;
    private final Messages messages;

    CommitmentImportController(RecordingService recording, CommitmentImport importer, CommitmentAccess access, Messages messages) {
        this.recording = recording;
        this.importer = importer;
        this.access = access;
        this.messages = messages;
    }

    public record ReportLine(int row, String message) {
    }

    @GetMapping("/commitments/campaigns/{id}/areas/{code}/import")
    String form(@PathVariable long id, @PathVariable String code, Model model) {
        Campaign campaign = recording.campaign(id);
        UnitView area = recording.area(campaign, code, LocalDate.now());
        access.requireRecorder();
        model.addAttribute("campaign", campaign);
        model.addAttribute("area", area);
        return "commitments/import";
    }

    @PostMapping("/commitments/campaigns/{id}/areas/{code}/import")
    String upload(@PathVariable long id, @PathVariable String code, @RequestParam("file") MultipartFile file, Model model)
            throws IOException {
        Campaign campaign = recording.campaign(id);
        UnitView area = recording.area(campaign, code, LocalDate.now());
        access.requireRecorder();
        CommitmentImport.Result result;
        try (InputStream in = file.getInputStream()) {
            result = importer.importFile(id, code, file.getOriginalFilename(), in);
        }
        List<ReportLine> report = result.problems().stream().map(p -> new ReportLine(p.row(),
                messages.get(p.problem().messageKey(), p.problem().args()))).toList();
        model.addAttribute("campaign", campaign);
        model.addAttribute("area", area);
        model.addAttribute("report", report);
        model.addAttribute("recorded", result.recorded());
        model.addAttribute("done", true);
        return "commitments/import";
    }
}
