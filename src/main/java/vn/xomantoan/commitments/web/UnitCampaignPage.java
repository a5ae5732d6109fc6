package vn.xomantoan.commitments.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.xomantoan.commitments.domain.Campaign;
import vn.xomantoan.commitments.domain.CommitmentAccess;
import vn.xomantoan.commitments.domain.UnitCoverageService;
import vn.xomantoan.commitments.domain.UnitRecordingService;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The page of a unit-level campaign for one unit on one date: coverage per child unit, the units
 * still unsigned, and the checklist to record units (one by one or several at once).
 */
@Component
class UnitCampaignPage {

    /** Above this many units the checklist asks to open a smaller unit first. */
    static final int CHECKLIST_LIMIT = 400;

    private final UnitCoverageService coverage;
    private final UnitRecordingService recording;
    private final CommitmentAccess access;

    UnitCampaignPage(UnitCoverageService coverage, UnitRecordingService recording, CommitmentAccess access) {
        this.coverage = coverage;
        this.recording = recording;
        this.access = access;
    }

    /** Where the page lands: the unit asked for (404 outside the scope or the campaign), else the user's own unit. */
    Optional<UnitView> target(Campaign campaign, String unit, LocalDate date, Model model) {
        UnitScope scope = access.scope();
        if (unit != null && !unit.isBlank()) {
            UnitView u = access.units().validOn(unit.trim(), date, scope).orElseThrow(NotFound::new);
            if (!access.covers(campaign, u, date)) {
                throw new NotFound();
            }
            return Optional.of(u);
        }
        Optional<UnitView> home = access.homeUnit().filter(h -> h.validOn(date)).filter(h -> scope.contains(h.path()))
                .filter(h -> access.covers(campaign, h, date));
        if (home.isPresent()) {
            return home;
        }
        List<UnitView> roots = access.units().roots(date, scope).stream().filter(r -> access.covers(campaign, r, date)).toList();
        if (roots.size() == 1) {
            return Optional.of(roots.get(0));
        }
        model.addAttribute("choices", roots);
        return Optional.empty();
    }

    String render(Campaign campaign, String unit, LocalDate date, Model model, String errorsFor, Map<String, String> errors,
                  Set<String> picked, Map<String, String> signers, String signedOn) {
        model.addAttribute("campaign", campaign);
        model.addAttribute("asOf", date);
        model.addAttribute("canRecord", recording.canRecord());
        model.addAttribute("errorsFor", errorsFor);
        model.addAttribute("errors", errors);
        model.addAttribute("picked", picked);
        model.addAttribute("signers", signers);
        model.addAttribute("signedOn", signedOn);
        if (!model.containsAttribute("choices")) {
            model.addAttribute("choices", List.of());
        }
        Optional<UnitView> target = target(campaign, unit, date, model);
        if (target.isEmpty()) {
            return "commitments/unit-campaign";
        }
        UnitView u = target.get();
        UnitScope scope = access.scope();
        UnitCoverageService.Result result = coverage.coverage(campaign, u, date, scope);
        model.addAttribute("unit", u);
        model.addAttribute("coverage", result.coverage());
        model.addAttribute("units", result.units());
        model.addAttribute("unsigned", result.unsigned());
        model.addAttribute("checklist", result.units().size() <= CHECKLIST_LIMIT);
        model.addAttribute("path", access.units().path(u).stream().filter(p -> scope.contains(p.path())).toList());
        return "commitments/unit-campaign";
    }
}
