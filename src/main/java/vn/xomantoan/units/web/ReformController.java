package vn.xomantoan.units.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.xomantoan.identity.AccessScope;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.text.VietnameseText;
import vn.xomantoan.shared.web.Messages;
import vn.xomantoan.shared.web.WebDates;
import vn.xomantoan.units.UnitType;
import vn.xomantoan.units.UnitView;
import vn.xomantoan.units.domain.Reform;
import vn.xomantoan.units.domain.ReformService;
import vn.xomantoan.units.domain.UnitQueries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Records a reform decided by the competent authority: rename/type change/move, merge, or split. */
@Controller
class ReformController {

    private final UnitQueries queries;
    private final ReformService reforms;
    private final AccessScope access;
    private final Messages messages;

    ReformController(UnitQueries queries, ReformService reforms, AccessScope access, Messages messages) {
        this.queries = queries;
        this.reforms = reforms;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/units/reforms/new")
    String form(@RequestParam long unit, @RequestParam(defaultValue = "CHANGE") String kind, Model model) {
        UnitView u = visible(unit);
        ReformForm form = new ReformForm();
        form.setKind(kind);
        form.setEffectiveDate(WebDates.format(LocalDate.now().plusDays(1)));
        form.setNewName(u.name());
        form.setNewType(u.type());
        return show(model, u, form);
    }

    @PostMapping("/units/reforms/new")
    String record(@RequestParam long unit, @ModelAttribute("form") ReformForm form, HttpServletRequest request,
                  Model model, RedirectAttributes redirect) {
        UnitView u = visible(unit);
        try {
            LocalDate day = WebDates.parse(form.getEffectiveDate(), null);
            Reform reform = switch (form.getKind()) {
                case "MERGE" -> merge(u, form, day);
                case "SPLIT" -> split(u, form, day, request);
                default -> change(u, form, day);
            };
            List<Long> created = reforms.apply(reform);
            redirect.addFlashAttribute("flash", messages.get("reform.saved"));
            return "redirect:/units/" + created.get(0);
        } catch (ValidationFailure e) {
            model.addAttribute("errors", messages.byField(e));
        } catch (IllegalArgumentException e) {
            model.addAttribute("errors", Map.of("effectiveDate", messages.get("error.badDate", form.getEffectiveDate())));
        }
        return show(model, u, form);
    }

    private Reform change(UnitView u, ReformForm form, LocalDate day) {
        Long parentId = u.parentId();
        if (form.getNewParentCode() != null && !form.getNewParentCode().isBlank()) {
            parentId = resolve(form.getNewParentCode(), day, "newParentCode").id();
        }
        return new Reform(day, blankToNull(form.getLegalBasis()), List.of(u.id()),
                List.of(new Reform.Successor(null, u.code(), form.getNewName(), form.getNewType(), parentId, null)), Map.of());
    }

    private Reform merge(UnitView u, ReformForm form, LocalDate day) {
        List<Long> preds = new ArrayList<>();
        for (String code : (form.getMergeCodes() == null ? "" : form.getMergeCodes()).split("[,;\\s]+")) {
            if (!code.isBlank()) {
                preds.add(resolve(code.trim(), day.minusDays(1), "mergeCodes").id());
            }
        }
        if (preds.isEmpty()) {
            throw ValidationFailure.of("mergeCodes", "reform.error.noMergedUnits");
        }
        preds.add(u.id());
        return new Reform(day, blankToNull(form.getLegalBasis()), preds,
                List.of(new Reform.Successor(u.id(), u.code(), form.getNewName(), form.getNewType(), u.parentId(), null)), Map.of());
    }

    private Reform split(UnitView u, ReformForm form, LocalDate day, HttpServletRequest request) {
        List<Reform.Successor> successors = new ArrayList<>();
        for (ReformForm.Part p : form.getParts()) {
            boolean blank = (p.getCode() == null || p.getCode().isBlank()) && (p.getName() == null || p.getName().isBlank());
            if (blank) {
                continue;
            }
            boolean existing = (p.getName() == null || p.getName().isBlank()) && p.getCode() != null;
            if (existing) {
                UnitView receiving = resolve(p.getCode().trim(), day.minusDays(1), "parts");
                successors.add(new Reform.Successor(receiving.id(), null, null, null, null, blankToNull(p.getPartNote())));
            } else {
                successors.add(new Reform.Successor(null, blankToNull(p.getCode()), p.getName(), p.getType(), u.parentId(),
                        blankToNull(p.getPartNote())));
            }
        }
        if (successors.size() < 2) {
            throw ValidationFailure.of("parts", "reform.error.splitNeedsTwo");
        }
        Map<Long, Integer> assignment = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (name.startsWith("child_") && values.length > 0 && !values[0].isBlank()) {
                assignment.put(Long.valueOf(name.substring(6)), Integer.valueOf(values[0]));
            }
        });
        return new Reform(day, blankToNull(form.getLegalBasis()), List.of(u.id()), successors, assignment);
    }

    private UnitView resolve(String code, LocalDate date, String field) {
        return queries.validByCode(code, date).filter(v -> access.current().contains(v.path()))
                .orElseThrow(() -> ValidationFailure.of(field, "reform.error.unknownCode", code,
                        WebDates.format(date)));
    }

    private UnitView visible(long id) {
        return queries.byId(id, access.current()).orElseThrow(NotFound::new);
    }

    private String show(Model model, UnitView u, ReformForm form) {
        model.addAttribute("unit", u);
        model.addAttribute("form", form);
        model.addAttribute("types", UnitType.ofLevel(u.level()));
        model.addAttribute("children", queries.children(u.id(), LocalDate.now(), access.current()));
        return "units/reform";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : VietnameseText.clean(s);
    }
}
