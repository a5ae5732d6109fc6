package vn.xomantoan.commitments.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.xomantoan.commitments.ChildCoverage;
import vn.xomantoan.commitments.CommitmentCoverage;
import vn.xomantoan.commitments.CoverageFigures;
import vn.xomantoan.commitments.SubjectKind;
import vn.xomantoan.commitments.domain.Campaign;
import vn.xomantoan.commitments.domain.CampaignService;
import vn.xomantoan.commitments.domain.CommitmentAccess;
import vn.xomantoan.commitments.domain.CommitmentStore;
import vn.xomantoan.commitments.domain.CommitmentCoverageService;
import vn.xomantoan.commitments.domain.HouseholdStatus;
import vn.xomantoan.commitments.domain.RecordingService;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.web.Messages;
import vn.xomantoan.units.UnitLevel;
import vn.xomantoan.units.UnitView;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A campaign's coverage for a unit on a date, with drill-down to child units and to an area's households. */
@Controller
class CommitmentCoverageController {

    private final RecordingService recording;
    private final CommitmentCoverageService coverage;
    private final CampaignService campaigns;
    private final CommitmentStore store;
    private final CommitmentAccess access;
    private final Messages messages;
    private final CommitmentXlsx xlsx;
    private final UnitCampaignPage unitPage;

    CommitmentCoverageController(RecordingService recording, CommitmentCoverageService coverage, CampaignService campaigns, CommitmentStore store,
                       CommitmentAccess access, Messages messages, CommitmentXlsx xlsx, UnitCampaignPage unitPage) {
        this.unitPage = unitPage;
        this.recording = recording;
        this.coverage = coverage;
        this.campaigns = campaigns;
        this.store = store;
        this.access = access;
        this.messages = messages;
        this.xlsx = xlsx;
    }

    @GetMapping("/commitments/campaigns/{id}")
    String campaign(@PathVariable long id, @RequestParam(required = false) String unit,
                    @RequestParam(required = false) String asOf, Model model) {
        Campaign campaign = recording.campaign(id);
        LocalDate date = WebParams.date(asOf, campaign.defaultAsOf(LocalDate.now()), "asOf");
        model.addAttribute("campaign", campaign);
        model.addAttribute("asOf", date);
        model.addAttribute("canEdit", campaigns.canEdit(campaign));
        model.addAttribute("canRecord", access.canRecord());
        if (campaign.subjectKind() != SubjectKind.HOUSEHOLD) {
            return unitPage.render(campaign, unit, date, model, null, java.util.Map.of(), java.util.Set.of(), java.util.Map.of(), null);
        }
        UnitScope scope = access.scope();
        Optional<UnitView> target;
        if (unit != null && !unit.isBlank()) {
            UnitView u = access.units().validOn(unit.trim(), date, scope).orElseThrow(NotFound::new);
            if (!access.covers(campaign, u, date)) {
                throw new NotFound();
            }
            target = Optional.of(u);
        } else {
            List<UnitView> choices = defaultUnits(campaign, date, scope);
            if (choices.size() != 1) {
                model.addAttribute("choices", choices);
                return "commitments/campaign";
            }
            target = Optional.of(choices.get(0));
        }
        UnitView u = target.get();
        CommitmentCoverage result = coverage.coverage(campaign, u, date, scope);
        model.addAttribute("unit", u);
        model.addAttribute("coverage", result);
        model.addAttribute("path", access.units().path(u).stream().filter(p -> scope.contains(p.path())).toList());
        if (u.level() == UnitLevel.RESIDENTIAL_AREA) {
            List<HouseholdStatus> households = coverage.households(campaign, u.code(), date);
            access.recordReadOfArea(u.code(), "commitments.area");
            model.addAttribute("households", households);
            model.addAttribute("kdc1c", coverage.kdc1cOfArea(campaign, u.code(), date));
            model.addAttribute("breaches", store.breachesInArea(campaign.id(), u.code()));
        }
        return "commitments/campaign";
    }

    @GetMapping("/commitments/campaigns/{id}/coverage.xlsx")
    void export(@PathVariable long id, @RequestParam String unit, @RequestParam(required = false) String asOf,
                HttpServletResponse response) throws IOException {
        Campaign campaign = recording.campaign(id);
        if (campaign.subjectKind() != SubjectKind.HOUSEHOLD) {
            throw new NotFound();
        }
        LocalDate date = WebParams.date(asOf, campaign.defaultAsOf(LocalDate.now()), "asOf");
        UnitView u = access.units().validOn(unit.trim(), date, access.scope()).orElseThrow(NotFound::new);
        if (!access.covers(campaign, u, date)) {
            throw new NotFound();
        }
        String label = messages.get("commitments.signed." + campaign.criteriaSet());
        if (u.level() == UnitLevel.RESIDENTIAL_AREA) {
            List<HouseholdStatus> households = coverage.households(campaign, u.code(), date);
            access.recordReadOfArea(u.code(), "commitments.export");
            List<String> headers = List.of(messages.get("commitments.household.id"), messages.get("commitments.household.head"),
                    messages.get("commitments.household.members"), messages.get("commitments.household.arrived"), label,
                    messages.get("commitments.signedOn." + campaign.criteriaSet()), messages.get("commitments.signedBy." + campaign.criteriaSet()),
                    messages.get("commitments.coverage.notYetDue"));
            List<List<Object>> rows = new ArrayList<>();
            for (HouseholdStatus h : households) {
                rows.add(java.util.Arrays.asList(h.householdId(), h.headName(), h.members(), h.arrived(),
                        messages.get(h.signed() ? "common.yes" : "common.no"), h.signedOn(), h.signedBy(),
                        h.notYetDue() ? messages.get("commitments.coverage.graceUntil", vn.xomantoan.shared.web.WebDates.format(h.graceUntil())) : ""));
            }
            xlsx.write(response, "ho-" + u.code() + "-" + campaign.year() + ".xlsx", u.name(), headers, rows);
            return;
        }
        CommitmentCoverage result = coverage.coverage(campaign, u, date, access.scope());
        List<String> headers = List.of(messages.get("commitments.coverage.code"), messages.get("commitments.coverage.unit"),
                messages.get("commitments.coverage.resident"), label, messages.get("commitments.coverage.notYetDue"),
                messages.get("commitments.coverage.unsigned"), messages.get("commitments.coverage.percent"), messages.get("commitments.kdc1c"));
        List<List<Object>> rows = new ArrayList<>();
        for (ChildCoverage c : result.children()) {
            CoverageFigures f = c.figures();
            rows.add(java.util.Arrays.asList(c.code(), c.name(), f.resident(), f.signed(), f.notYetDue(), f.unsigned(), f.percent(),
                    c.kdc1c() == null ? "" : messages.get("commitments.kdc1c." + c.kdc1c())));
        }
        CoverageFigures t = result.totals();
        rows.add(java.util.Arrays.asList(u.code(), messages.get("commitments.coverage.total"), t.resident(), t.signed(), t.notYetDue(),
                t.unsigned(), t.percent(), ""));
        xlsx.write(response, "do-phu-" + u.code() + "-" + campaign.year() + ".xlsx", u.name(), headers, rows);
    }

    /** Where a user lands: their own unit when the campaign reaches it, else the owner's territory they can see. */
    private List<UnitView> defaultUnits(Campaign campaign, LocalDate date, UnitScope scope) {
        Optional<UnitView> home = access.homeUnit().filter(h -> h.validOn(date)).filter(h -> scope.contains(h.path()))
                .filter(h -> access.covers(campaign, h, date));
        if (home.isPresent()) {
            return List.of(home.get());
        }
        List<UnitView> owners = access.ownerPathsOn(campaign, date).isEmpty() ? List.of()
                : access.units().roots(date, scope).stream().filter(r -> access.covers(campaign, r, date)).toList();
        return owners;
    }
}
