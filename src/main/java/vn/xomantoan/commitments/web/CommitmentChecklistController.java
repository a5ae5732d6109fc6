package vn.xomantoan.commitments.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import vn.xomantoan.commitments.domain.Campaign;
import vn.xomantoan.commitments.domain.CommitmentAccess;
import vn.xomantoan.commitments.domain.CommitmentCoverageService;
import vn.xomantoan.commitments.domain.HouseholdStatus;
import vn.xomantoan.commitments.domain.RecordingService;
import vn.xomantoan.commitments.jdbc.CommitmentCoverageQueries;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.web.Messages;
import vn.xomantoan.shared.web.WebDates;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The phone checklist of an area's resident households: tick who signed, pick the date, submit. */
@Controller
class CommitmentChecklistController {

    private final RecordingService recording;
    private final CommitmentCoverageService coverage;
    private final CommitmentAccess access;
    private final Messages messages;

    CommitmentChecklistController(RecordingService recording, CommitmentCoverageService coverage, CommitmentAccess access, Messages messages) {
        this.recording = recording;
        this.coverage = coverage;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/commitments/campaigns/{id}/areas/{code}/checklist")
    String checklist(@PathVariable long id, @PathVariable String code, Model model) {
        Campaign campaign = recording.campaign(id);
        UnitView area = recording.area(campaign, code, LocalDate.now());
        access.requireRecorder();
        return show(model, campaign, area, WebDates.format(LocalDate.now()), Set.of(), Map.of(), false);
    }

    @PostMapping("/commitments/campaigns/{id}/areas/{code}/checklist")
    String record(@PathVariable long id, @PathVariable String code,
                  @RequestParam(name = "household", required = false) List<Long> households,
                  @RequestParam(required = false) String signedOn,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Campaign campaign = recording.campaign(id);
        UnitView area = recording.area(campaign, code, LocalDate.now());
        access.requireRecorder();
        List<Long> ticked = households == null ? List.of() : households;
        boolean fragment = htmx != null;
        try {
            LocalDate date = WebParams.date(signedOn, null, "signedOn");
            RecordingService.Outcome outcome = recording.sign(id, code, date,
                    ticked.stream().map(h -> new RecordingService.Signing(h, null)).toList());
            model.addAttribute("flash", messages.get("commitments.checklist.recorded", outcome.recorded()));
            return show(model, campaign, area, signedOn, Set.of(), Map.of(), fragment);
        } catch (ValidationFailure e) {
            return show(model, campaign, area, signedOn, Set.copyOf(ticked), messages.byField(e), fragment);
        }
    }

    private String show(Model model, Campaign campaign, UnitView area, String signedOn, Set<Long> ticked,
                        Map<String, String> errors, boolean fragment) {
        LocalDate today = LocalDate.now();
        List<HouseholdStatus> households = coverage.households(campaign, area.code(), today);
        access.recordReadOfArea(area.code(), "commitments.checklist");
        model.addAttribute("campaign", campaign);
        model.addAttribute("area", area);
        model.addAttribute("households", households);
        model.addAttribute("figures", CommitmentCoverageQueries.figures(households));
        model.addAttribute("signedOn", signedOn);
        model.addAttribute("ticked", ticked);
        model.addAttribute("errors", errors);
        return fragment ? "commitments/checklist :: checklist" : "commitments/checklist";
    }
}
