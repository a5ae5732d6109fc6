package vn.xomantoan.commitments.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.xomantoan.commitments.domain.Breach;
import vn.xomantoan.commitments.domain.Campaign;
import vn.xomantoan.commitments.domain.CampaignStore;
import vn.xomantoan.commitments.domain.CommitmentAccess;
import vn.xomantoan.commitments.domain.CommitmentRecord;
import vn.xomantoan.commitments.domain.CommitmentStore;
import vn.xomantoan.commitments.domain.RecordingService;
import vn.xomantoan.commitments.domain.ResidentHouseholds;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.web.Messages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A household's commitment history: commitments per campaign with corrections, and breaches. */
@Controller
class HouseholdCommitmentsController {

    private final ResidentHouseholds residents;
    private final CommitmentStore store;
    private final CampaignStore campaigns;
    private final RecordingService recording;
    private final CommitmentAccess access;
    private final Messages messages;

    HouseholdCommitmentsController(ResidentHouseholds residents, CommitmentStore store, CampaignStore campaigns,
                                   RecordingService recording, CommitmentAccess access, Messages messages) {
        this.residents = residents;
        this.store = store;
        this.campaigns = campaigns;
        this.recording = recording;
        this.access = access;
        this.messages = messages;
    }

    public record Entry(CommitmentRecord commitment, Campaign campaign) {
    }

    @GetMapping("/commitments/households/{id}")
    String history(@PathVariable long id, Model model) {
        return show(id, model, null, Map.of());
    }

    @PostMapping("/commitments/records/{cid}/correct")
    String correct(@PathVariable long cid, @RequestParam String signedOn, @RequestParam(required = false) String signedBy,
                   @RequestParam long rowVersion, Model model, RedirectAttributes redirect) {
        CommitmentRecord record = recording.visibleCommitment(cid);
        try {
            recording.correct(cid, rowVersion, WebParams.date(signedOn, null, "signedOn"), signedBy);
            redirect.addFlashAttribute("flash", messages.get("common.saved"));
            return "redirect:/commitments/households/" + record.householdId();
        } catch (ValidationFailure e) {
            return show(record.householdId(), model, "correct-" + cid, messages.byField(e));
        }
    }

    @PostMapping("/commitments/records/{cid}/withdraw")
    String withdraw(@PathVariable long cid, @RequestParam long rowVersion, Model model, RedirectAttributes redirect) {
        CommitmentRecord record = recording.visibleCommitment(cid);
        try {
            recording.withdraw(cid, rowVersion);
            redirect.addFlashAttribute("flash", messages.get("commitments.household.withdrawn"));
            return "redirect:/commitments/households/" + record.householdId();
        } catch (ValidationFailure e) {
            return show(record.householdId(), model, "correct-" + cid, messages.byField(e));
        }
    }

    @PostMapping("/commitments/households/{id}/breaches")
    String breach(@PathVariable long id, @RequestParam long campaignId, @RequestParam(required = false) String occurredOn,
                  @RequestParam(required = false) String description, @RequestParam(required = false) String incidentId,
                  Model model, RedirectAttributes redirect) {
        visibleResidences(id);
        try {
            Long incident = null;
            if (incidentId != null && !incidentId.isBlank()) {
                try {
                    incident = Long.valueOf(incidentId.trim());
                } catch (NumberFormatException e) {
                    throw ValidationFailure.of("incidentId", "commitments.breach.error.incidentId");
                }
            }
            recording.recordBreach(campaignId, id, WebParams.date(occurredOn, null, "occurredOn"), description, incident);
            redirect.addFlashAttribute("flash", messages.get("common.saved"));
            return "redirect:/commitments/households/" + id;
        } catch (ValidationFailure e) {
            model.addAttribute("breachForm", Map.of("campaignId", campaignId, "occurredOn", occurredOn == null ? "" : occurredOn,
                    "description", description == null ? "" : description, "incidentId", incidentId == null ? "" : incidentId));
            return show(id, model, "breach", messages.byField(e));
        }
    }

    private List<ResidentHouseholds.Residence> visibleResidences(long householdId) {
        List<ResidentHouseholds.Residence> all = residents.residences(householdId);
        UnitScope scope = access.scope();
        boolean visible = all.stream().anyMatch(r -> access.units().validOn(r.areaCode(), r.validFrom(), scope).isPresent());
        if (!visible) {
            throw new NotFound();
        }
        return all;
    }

    private String show(long householdId, Model model, String errorsFor, Map<String, String> errors) {
        List<ResidentHouseholds.Residence> residences = visibleResidences(householdId);
        access.recordReadOfArea(residences.get(residences.size() - 1).areaCode(), "commitments.household:" + householdId);
        Map<String, String> areaNames = new HashMap<>();
        for (ResidentHouseholds.Residence r : residences) {
            access.units().validOn(r.areaCode(), r.validFrom(), UnitScope.EVERYTHING).ifPresent(u -> areaNames.put(r.areaCode(), u.name()));
        }
        List<Entry> entries = new ArrayList<>();
        for (CommitmentRecord c : store.ofHousehold(householdId)) {
            Optional<Campaign> campaign = campaigns.byId(c.campaignId(), access.scope());
            campaign.ifPresent(value -> entries.add(new Entry(c, value)));
        }
        List<Breach> breaches = store.breachesOfHousehold(householdId);
        model.addAttribute("householdId", householdId);
        model.addAttribute("head", residences.get(residences.size() - 1).headName());
        model.addAttribute("residences", residences);
        model.addAttribute("areaNames", areaNames);
        model.addAttribute("entries", entries);
        model.addAttribute("breaches", breaches);
        model.addAttribute("canRecord", access.canRecord());
        model.addAttribute("errorsFor", errorsFor);
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("breachForm")) {
            model.addAttribute("breachForm", Map.of("campaignId", "", "occurredOn", "", "description", "", "incidentId", ""));
        }
        return "commitments/household";
    }
}
