package vn.xomantoan.commitments.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.xomantoan.commitments.domain.Campaign;
import vn.xomantoan.commitments.domain.CommitmentAccess;
import vn.xomantoan.commitments.domain.CommitmentCoverageService;
import vn.xomantoan.commitments.domain.FormTemplate;
import vn.xomantoan.commitments.domain.HouseholdStatus;
import vn.xomantoan.commitments.domain.RecordingService;
import vn.xomantoan.commitments.domain.FormTemplateStore;
import vn.xomantoan.commitments.print.FormPrinting;
import vn.xomantoan.commitments.print.PrintedForm;
import vn.xomantoan.households.HouseholdApi;
import vn.xomantoan.units.UnitView;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Printed forms of an area (PDF to print, DOCX to edit) and the printable list of households that have not signed. */
@Controller
class CommitmentPrintController {

    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final RecordingService recording;
    private final CommitmentCoverageService coverage;
    private final FormTemplateStore templates;
    private final FormPrinting printing;
    private final CommitmentAccess access;
    private final HouseholdApi householdApi;

    CommitmentPrintController(RecordingService recording, CommitmentCoverageService coverage, FormTemplateStore templates, FormPrinting printing,
                    CommitmentAccess access, HouseholdApi householdApi) {
        this.householdApi = householdApi;
        this.recording = recording;
        this.coverage = coverage;
        this.templates = templates;
        this.printing = printing;
        this.access = access;
    }

    private record Prepared(Campaign campaign, UnitView area, LocalDate date, List<HouseholdStatus> households) {
    }

    private Prepared prepare(long id, String code, String asOf, String purpose) {
        Campaign campaign = recording.campaign(id);
        LocalDate date = WebParams.date(asOf, campaign.defaultAsOf(LocalDate.now()), "asOf");
        UnitView area = recording.area(campaign, code, date);
        access.recordReadOfArea(code, purpose);
        return new Prepared(campaign, area, date, coverage.households(campaign, code, date));
    }

    @GetMapping("/commitments/campaigns/{id}/areas/{code}/forms.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable String code, @RequestParam(required = false) String asOf,
                               @RequestParam(defaultValue = "false") boolean unsignedOnly) {
        Prepared p = prepare(id, code, asOf, "commitments.forms");
        List<PrintedForm> forms = forms(p, unsignedOnly);
        byte[] body = printing.formsPdf(forms, p.area().name() + " " + p.campaign().year());
        return file(body, MediaType.APPLICATION_PDF, "phieu-" + code + "-" + p.campaign().year() + ".pdf");
    }

    @GetMapping("/commitments/campaigns/{id}/areas/{code}/forms.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id, @PathVariable String code, @RequestParam(required = false) String asOf,
                                @RequestParam(defaultValue = "false") boolean unsignedOnly) {
        Prepared p = prepare(id, code, asOf, "commitments.forms");
        byte[] body = printing.formsDocx(forms(p, unsignedOnly));
        return file(body, DOCX, "phieu-" + code + "-" + p.campaign().year() + ".docx");
    }

    @GetMapping("/commitments/campaigns/{id}/areas/{code}/unsigned.pdf")
    ResponseEntity<byte[]> unsigned(@PathVariable long id, @PathVariable String code, @RequestParam(required = false) String asOf) {
        Prepared p = prepare(id, code, asOf, "commitments.unsignedList");
        List<HouseholdStatus> open = p.households().stream().filter(h -> !h.signed()).toList();
        byte[] body = printing.unsignedPdf(p.campaign(), printing.placeOf(p.area()), p.date(), open);
        return file(body, MediaType.APPLICATION_PDF, "chua-ky-" + code + "-" + p.campaign().year() + ".pdf");
    }

    private List<PrintedForm> forms(Prepared p, boolean unsignedOnly) {
        FormTemplate template = templates.byId(p.campaign().templateId()).orElseThrow();
        List<HouseholdStatus> households = unsignedOnly ? p.households().stream().filter(h -> !h.signed()).toList() : p.households();
        Map<Long, String> houses = new HashMap<>();
        householdApi.residentsOf(p.area().code(), p.date(), access.scope()).forEach(h -> houses.put(h.id(), h.address()));
        return printing.forms(p.campaign(), template, printing.placeOf(p.area()), households, houses);
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
