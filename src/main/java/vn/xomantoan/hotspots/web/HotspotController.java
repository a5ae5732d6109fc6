package vn.xomantoan.hotspots.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.xomantoan.hotspots.HotspotKind;
import vn.xomantoan.hotspots.HotspotStatus;
import vn.xomantoan.hotspots.ProgrammeRole;
import vn.xomantoan.hotspots.domain.Hotspot;
import vn.xomantoan.hotspots.domain.HotspotDraft;
import vn.xomantoan.hotspots.domain.HotspotQuery;
import vn.xomantoan.hotspots.domain.HotspotService;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.web.Messages;
import vn.xomantoan.shared.web.WebDates;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hot spots: list, programme view, designation, plan, progress and de-listing. */
@Controller
class HotspotController {

    private final HotspotService service;
    private final Messages messages;

    HotspotController(HotspotService service, Messages messages) {
        this.service = service;
        this.messages = messages;
    }

    @GetMapping("/hotspots")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String programme, @RequestParam(required = false) String status,
                @RequestParam(required = false) String unit, @RequestParam(required = false) Long unitId,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page, Model model) {
        HotspotQuery query = new HotspotQuery(q, kind, programme, status, unit, unitId, from, to, sort, Math.max(0, page), 50);
        try {
            model.addAttribute("result", service.search(query));
        } catch (ValidationFailure e) {
            model.addAttribute("errors", messages.byField(e));
            model.addAttribute("result", service.search(query.withPage(0, 50).clearedOf(e)));
        }
        model.addAttribute("f", query);
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("programme", programme);
        model.addAttribute("status", status);
        model.addAttribute("kinds", HotspotKind.values());
        model.addAttribute("statuses", HotspotStatus.values());
        model.addAttribute("sorts", List.of("name", "date", "place"));
        model.addAttribute("programmes", service.programmes());
        return "hotspots/list";
    }

    @GetMapping("/hotspots/programme")
    String programme(@RequestParam(defaultValue = "2015-2016") String code, Model model) {
        Map<String, List<Hotspot>> items = service.programme(code);
        Map<String, Map<String, Long>> statusCounts = new LinkedHashMap<>();
        items.forEach((role, list) -> {
            Map<String, Long> byStatus = new LinkedHashMap<>();
            for (HotspotStatus s : HotspotStatus.values()) {
                byStatus.put(s.name(), list.stream().filter(h -> h.status().equals(s.name())).count());
            }
            statusCounts.put(role, byStatus);
        });
        model.addAttribute("code", code);
        model.addAttribute("items", items);
        model.addAttribute("statusCounts", statusCounts);
        return "hotspots/programme";
    }

    @GetMapping("/hotspots/{id}")
    String show(@PathVariable long id, Model model) {
        Hotspot h = service.get(id);
        List<Long> unitIds = service.unitIds(id);
        model.addAttribute("h", h);
        model.addAttribute("units", service.units(id));
        model.addAttribute("measures", service.measures(id));
        model.addAttribute("progress", service.progress(h));
        LocalDate upTo = h.delistingDate() != null ? h.delistingDate() : LocalDate.now();
        model.addAttribute("figures", service.figures(h, unitIds, upTo));
        model.addAttribute("today", WebDates.format(LocalDate.now()));
        return "hotspots/hotspot";
    }

    @GetMapping("/hotspots/new")
    String newForm(Model model) {
        service.requirePolice();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("decisionDate", WebDates.format(LocalDate.now()));
        return form(model, form, Map.of());
    }

    @PostMapping("/hotspots/new")
    String create(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        service.requirePolice();
        try {
            LocalDate date = parse("decisionDate", form.get("decisionDate"));
            List<String> codes = Arrays.stream(form.getOrDefault("unitCodes", "").split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
            long id = service.designate(new HotspotDraft(form.get("name"), form.get("kind"), form.get("programme"),
                    form.get("programmeRole"), form.get("decisionNo"), date, form.get("authority"), codes, form.get("note")));
            redirect.addFlashAttribute("flash", messages.get("hotspots.saved"));
            return "redirect:/hotspots/" + id;
        } catch (ValidationFailure e) {
            return form(model, form, messages.byField(e));
        }
    }

    @PostMapping("/hotspots/{id}/measures")
    String addMeasure(@PathVariable long id, @RequestParam String measure, @RequestParam String responsible,
                      @RequestParam String deadline, RedirectAttributes redirect) {
        return act(id, redirect, () -> service.addMeasure(id, measure, responsible, parse("deadline", deadline)));
    }

    @PostMapping("/hotspots/{id}/progress")
    String addProgress(@PathVariable long id, @RequestParam String reportedOn, @RequestParam String assessment,
                       @RequestParam String note, RedirectAttributes redirect) {
        return act(id, redirect, () -> service.addProgress(id, parse("reportedOn", reportedOn), assessment, note));
    }

    @PostMapping("/hotspots/{id}/delist")
    String delist(@PathVariable long id, @RequestParam long rowVersion, @RequestParam String delistingNo,
                  @RequestParam String delistingDate, @RequestParam String delistingAuthority, RedirectAttributes redirect) {
        return act(id, redirect, () -> service.delist(id, rowVersion, delistingNo, parse("delistingDate", delistingDate), delistingAuthority));
    }

    private String act(long id, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", messages.get("hotspots.saved"));
        } catch (ValidationFailure e) {
            service.get(id);
            redirect.addFlashAttribute("actionErrors", messages.byField(e));
        }
        return "redirect:/hotspots/" + id;
    }

    static LocalDate parse(String field, String text) {
        try {
            return WebDates.parse(text, null);
        } catch (IllegalArgumentException e) {
            throw ValidationFailure.of(field, "error.badDate", text);
        }
    }

    private String form(Model model, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", HotspotKind.values());
        model.addAttribute("roles", ProgrammeRole.values());
        return "hotspots/form";
    }
}
