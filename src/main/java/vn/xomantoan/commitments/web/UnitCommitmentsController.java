package vn.xomantoan.commitments.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.xomantoan.commitments.domain.Campaign;
import vn.xomantoan.commitments.domain.UnitCommitment;
import vn.xomantoan.commitments.domain.UnitRecordingService;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.web.Messages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Recording units of a unit-level campaign: the checklist (one unit or several), corrections and withdrawals. */
@Controller
class UnitCommitmentsController {

    private final UnitRecordingService recording;
    private final UnitCampaignPage page;
    private final Messages messages;

    UnitCommitmentsController(UnitRecordingService recording, UnitCampaignPage page, Messages messages) {
        this.recording = recording;
        this.page = page;
        this.messages = messages;
    }

    /**
     * Ticked units ({@code pick}) with their signers ({@code signedBy-CODE}) signed on {@code signedOn};
     * the button {@code only=CODE} records that one unit alone.
     */
    @PostMapping("/commitments/campaigns/{id}/units/sign")
    String sign(@PathVariable long id, @RequestParam(required = false) String unit, @RequestParam(required = false) String asOf,
                @RequestParam(required = false) String signedOn, @RequestParam(required = false) List<String> pick,
                @RequestParam(required = false) String only, @RequestParam MultiValueMap<String, String> params,
                Model model, RedirectAttributes redirect) {
        Campaign campaign = recording.campaign(id);
        LocalDate date = WebParams.date(asOf, campaign.defaultAsOf(LocalDate.now()), "asOf");
        Set<String> picked = new LinkedHashSet<>();
        if (only != null && !only.isBlank()) {
            picked.add(only.trim());
        } else if (pick != null) {
            pick.stream().map(String::trim).filter(s -> !s.isEmpty()).forEach(picked::add);
        }
        Map<String, String> signers = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("signedBy-") && !v.isEmpty()) {
                signers.put(k.substring("signedBy-".length()), v.get(0));
            }
        });
        try {
            LocalDate on = WebParams.date(signedOn, null, "signedOn");
            List<UnitRecordingService.Signing> signings = new ArrayList<>();
            picked.forEach(code -> signings.add(new UnitRecordingService.Signing(code, signers.get(code))));
            UnitRecordingService.Outcome outcome = recording.sign(id, on, signings);
            redirect.addFlashAttribute("flash", messages.get("commitments.units.recorded", outcome.recorded()));
            return "redirect:" + back(id, unit, asOf);
        } catch (ValidationFailure e) {
            return page.render(campaign, unit, date, model, "sign", messages.byField(e), picked, signers, signedOn);
        }
    }

    @PostMapping("/commitments/unit-records/{rid}/correct")
    String correct(@PathVariable long rid, @RequestParam(required = false) String signedOn, @RequestParam(required = false) String signedBy,
                   @RequestParam long rowVersion, @RequestParam(required = false) String unit, @RequestParam(required = false) String asOf,
                   Model model, RedirectAttributes redirect) {
        UnitCommitment record = recording.visible(rid);
        Campaign campaign = recording.campaign(record.campaignId());
        try {
            recording.correct(rid, rowVersion, WebParams.date(signedOn, null, "signedOn"), signedBy);
            redirect.addFlashAttribute("flash", messages.get("common.saved"));
            return "redirect:" + back(campaign.id(), unit, asOf);
        } catch (ValidationFailure e) {
            LocalDate date = WebParams.date(asOf, campaign.defaultAsOf(LocalDate.now()), "asOf");
            return page.render(campaign, unit, date, model, "correct-" + rid, messages.byField(e), Set.of(), Map.of(), null);
        }
    }

    @PostMapping("/commitments/unit-records/{rid}/withdraw")
    String withdraw(@PathVariable long rid, @RequestParam long rowVersion, @RequestParam(required = false) String unit,
                    @RequestParam(required = false) String asOf, Model model, RedirectAttributes redirect) {
        UnitCommitment record = recording.visible(rid);
        Campaign campaign = recording.campaign(record.campaignId());
        try {
            recording.withdraw(rid, rowVersion);
            redirect.addFlashAttribute("flash", messages.get("commitments.household.withdrawn"));
            return "redirect:" + back(campaign.id(), unit, asOf);
        } catch (ValidationFailure e) {
            LocalDate date = WebParams.date(asOf, campaign.defaultAsOf(LocalDate.now()), "asOf");
            return page.render(campaign, unit, date, model, "correct-" + rid, messages.byField(e), Set.of(), Map.of(), null);
        }
    }

    private static String back(long campaignId, String unit, String asOf) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/commitments/campaigns/{id}");
        if (unit != null && !unit.isBlank()) {
            b.queryParam("unit", unit.trim());
        }
        if (asOf != null && !asOf.isBlank()) {
            b.queryParam("asOf", asOf.trim());
        }
        return b.buildAndExpand(campaignId).encode().toUriString();
    }
}
