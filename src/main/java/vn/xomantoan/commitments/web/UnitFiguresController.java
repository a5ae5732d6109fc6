package vn.xomantoan.commitments.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.xomantoan.commitments.ForceRating;
import vn.xomantoan.commitments.domain.UnitFigures;
import vn.xomantoan.commitments.domain.UnitFiguresService;
import vn.xomantoan.shared.Forbidden;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.ValidationFailure.Problem;
import vn.xomantoan.shared.web.Messages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The year's figures of one unit of a unit-level campaign: a form page and the same as JSON. */
@Controller
@Tag(name = "Cam kết, đăng ký tham gia / Commitments")
class UnitFiguresController {

    private static final List<String> NUMBERS = List.of("headcount", "briefed", "committed", "subunits", "subunitsTitled",
            "disciplinedIndividuals", "forceDisciplined");

    private final UnitFiguresService figures;
    private final Messages messages;

    UnitFiguresController(UnitFiguresService figures, Messages messages) {
        this.figures = figures;
        this.messages = messages;
    }

    @GetMapping("/commitments/campaigns/{id}/units/{code}/figures")
    String page(@PathVariable long id, @PathVariable String code, Model model) {
        UnitFiguresService.Subject subject = figures.subject(id, code);
        UnitFigures f = figures.figures(subject);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("headcount", text(f.headcount()));
        values.put("briefed", text(f.briefed()));
        values.put("committed", text(f.committed()));
        values.put("subunits", text(f.subunits()));
        values.put("subunitsTitled", text(f.subunitsTitled()));
        values.put("disciplinedIndividuals", text(f.disciplinedIndividuals()));
        values.put("forceRating", f.forceRating() == null ? "" : f.forceRating().name());
        values.put("forceDisciplined", text(f.forceDisciplined()));
        values.put("ratedBy", f.ratedBy() == null ? "" : f.ratedBy());
        return render(subject, f, values, Map.of(), model);
    }

    @PostMapping("/commitments/campaigns/{id}/units/{code}/figures")
    String save(@PathVariable long id, @PathVariable String code, @RequestParam Map<String, String> form, Model model,
                RedirectAttributes redirect) {
        UnitFiguresService.Subject subject = figures.subject(id, code);
        if (!figures.canRecord()) {
            throw new Forbidden();
        }
        long rowVersion = parseVersion(form.get("rowVersion"));
        try {
            figures.save(id, code, rowVersion, draft(subject, form));
            redirect.addFlashAttribute("flash", messages.get("common.saved"));
            return "redirect:/commitments/campaigns/" + id + "/units/" + subject.unit().code() + "/figures";
        } catch (ValidationFailure e) {
            UnitFigures stored = figures.figures(subject);
            return render(subject, stored, form, messages.byField(e), model);
        }
    }

    record FiguresJson(String unitCode, String unitName, int year, Integer headcount, Integer briefed, Integer committed,
                       Integer subunits, Integer subunitsTitled, Integer disciplinedIndividuals, ForceRating forceRating,
                       Integer forceDisciplined, String ratedBy, long rowVersion) {
        static FiguresJson of(UnitFiguresService.Subject s, UnitFigures f) {
            return new FiguresJson(s.unit().code(), s.unit().name(), s.campaign().year(), f.headcount(), f.briefed(), f.committed(),
                    f.subunits(), f.subunitsTitled(), f.disciplinedIndividuals(), f.forceRating(), f.forceDisciplined(), f.ratedBy(),
                    f.rowVersion());
        }
    }

    record FiguresInput(Integer headcount, Integer briefed, Integer committed, Integer subunits, Integer subunitsTitled,
                        Integer disciplinedIndividuals, ForceRating forceRating, Integer forceDisciplined, String ratedBy, Long rowVersion) {
    }

    @GetMapping("/api/v1/commitments/campaigns/{id}/units/{code}/figures")
    @ResponseBody
    @Operation(summary = "Số liệu năm của một đơn vị trong đợt (cán bộ được phổ biến, ký cam kết; đơn vị trực thuộc; xếp loại lực lượng bảo vệ)")
    FiguresJson get(@PathVariable long id, @PathVariable String code) {
        UnitFiguresService.Subject subject = figures.subject(id, code);
        return FiguresJson.of(subject, figures.figures(subject));
    }

    @PutMapping("/api/v1/commitments/campaigns/{id}/units/{code}/figures")
    @ResponseBody
    @Operation(summary = "Ghi số liệu năm của một đơn vị (rowVersion -1 hoặc bỏ trống khi ghi lần đầu)")
    FiguresJson put(@PathVariable long id, @PathVariable String code, @RequestBody FiguresInput in) {
        UnitFigures saved = figures.save(id, code, in.rowVersion() == null ? -1 : in.rowVersion(),
                new UnitFigures.Draft(in.headcount(), in.briefed(), in.committed(), in.subunits(), in.subunitsTitled(),
                        in.disciplinedIndividuals(), in.forceRating(), in.forceDisciplined(), in.ratedBy()));
        return FiguresJson.of(figures.subject(id, code), saved);
    }

    private String render(UnitFiguresService.Subject subject, UnitFigures stored, Map<String, String> values, Map<String, String> errors,
                          Model model) {
        model.addAttribute("campaign", subject.campaign());
        model.addAttribute("unit", subject.unit());
        model.addAttribute("establishment", subject.establishment());
        model.addAttribute("stored", stored);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("ratings", ForceRating.values());
        model.addAttribute("canRecord", figures.canRecord());
        return "commitments/unit-figures";
    }

    /**
     * Reads the form. Badly typed numbers are reported together with what is wrong with the others
     * (more briefed than staff...), each next to its field, so one round of corrections is enough.
     */
    private static UnitFigures.Draft draft(UnitFiguresService.Subject subject, Map<String, String> form) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> n = new LinkedHashMap<>();
        for (String field : NUMBERS) {
            String raw = form.getOrDefault(field, "").trim().replace(".", "");
            if (raw.isEmpty()) {
                continue;
            }
            try {
                n.put(field, Integer.valueOf(raw));
            } catch (NumberFormatException e) {
                problems.add(new Problem(field, "commitments.figures.error.notANumber", null));
            }
        }
        ForceRating rating = null;
        String r = form.getOrDefault("forceRating", "").trim();
        if (!r.isEmpty()) {
            try {
                rating = ForceRating.valueOf(r);
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("forceRating", "commitments.figures.error.rating", null));
            }
        }
        UnitFigures.Draft draft = new UnitFigures.Draft(n.get("headcount"), n.get("briefed"), n.get("committed"), n.get("subunits"),
                n.get("subunitsTitled"), n.get("disciplinedIndividuals"), rating, n.get("forceDisciplined"), form.get("ratedBy"));
        if (!problems.isEmpty()) {
            UnitFiguresService.problems(subject, draft).stream()
                    .filter(p -> problems.stream().noneMatch(q -> q.field().equals(p.field())))
                    .forEach(problems::add);
            throw new ValidationFailure(problems);
        }
        return draft;
    }

    private static long parseVersion(String raw) {
        try {
            return raw == null || raw.isBlank() ? -1 : Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String text(Integer v) {
        return v == null ? "" : v.toString();
    }
}
