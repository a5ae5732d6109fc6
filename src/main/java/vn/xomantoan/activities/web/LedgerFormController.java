package vn.xomantoan.activities.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.xomantoan.activities.FormField;
import vn.xomantoan.activities.FormInput;
import vn.xomantoan.activities.LedgerFormSpec;
import vn.xomantoan.identity.AccessScope;
import vn.xomantoan.identity.Role;
import vn.xomantoan.shared.Forbidden;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.web.Messages;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one create/edit form of every ledger record type that declares a {@link LedgerFormSpec}:
 * publications, media items, programmes, contributions, documents, models, exemplars, rewards. The
 * spec's service checks scope and rules and audits; this controller only renders, parses numbers and
 * shows the messages next to the fields, keeping everything the user typed.
 */
@Controller
class LedgerFormController {

    static final String CONCURRENT = "ledger.error.concurrentChange";

    private final Map<String, LedgerFormSpec> specs = new HashMap<>();
    private final AccessScope access;
    private final Messages messages;

    LedgerFormController(List<LedgerFormSpec> specs, AccessScope access, Messages messages) {
        specs.forEach(s -> this.specs.put(s.basePath(), s));
        this.access = access;
        this.messages = messages;
    }

    @GetMapping({"/activities/{form:[a-z-]+}/new", "/honours/{form:[a-z-]+}/new", "/documents/new"})
    String newForm(HttpServletRequest request, Model model) {
        LedgerFormSpec spec = spec(request, "/new");
        requireWriter();
        return show(model, spec, null, spec.defaults(), 0, Map.of());
    }

    @PostMapping({"/activities/{form:[a-z-]+}/new", "/honours/{form:[a-z-]+}/new", "/documents/new"})
    String create(HttpServletRequest request, @RequestParam Map<String, String> values, Model model, RedirectAttributes redirect)
            throws IOException {
        LedgerFormSpec spec = spec(request, "/new");
        requireWriter();
        Map<String, String> numberErrors = numberErrors(spec, values);
        if (!numberErrors.isEmpty()) {
            return show(model, spec, null, values, 0, numberErrors);
        }
        try {
            long id = spec.create(new FormInput(values, files(request)));
            redirect.addFlashAttribute("flash", messages.get("ledger.form.saved"));
            return "redirect:" + spec.afterSave(id);
        } catch (ValidationFailure e) {
            return show(model, spec, null, values, 0, messages.byField(e));
        } catch (NotFound e) {
            return show(model, spec, null, values, 0, outOfScope(spec));
        }
    }

    /**
     * A unit typed in the form lies outside the user's area: the form comes back with what they typed
     * and a message, instead of a "not found" page that would lose the input.
     */
    private Map<String, String> outOfScope(LedgerFormSpec spec) {
        String field = spec.fields().stream().filter(f -> f.input() == FormField.Input.UNIT).map(FormField::name).findFirst().orElse("unit");
        return Map.of(field, messages.get("ledger.error.unitOutOfScope"));
    }

    @GetMapping({"/activities/{form:[a-z-]+}/{id:\\d+}/edit", "/honours/{form:[a-z-]+}/{id:\\d+}/edit", "/documents/{id:\\d+}/edit"})
    String editForm(@PathVariable long id, HttpServletRequest request, Model model) {
        LedgerFormSpec spec = spec(request, "/" + id + "/edit");
        requireWriter();
        LedgerFormSpec.Stored stored = spec.load(id);
        return show(model, spec, id, stored.values(), stored.rowVersion(), Map.of());
    }

    @PostMapping({"/activities/{form:[a-z-]+}/{id:\\d+}/edit", "/honours/{form:[a-z-]+}/{id:\\d+}/edit", "/documents/{id:\\d+}/edit"})
    String save(@PathVariable long id, HttpServletRequest request, @RequestParam Map<String, String> values,
                @RequestParam(defaultValue = "0") long rowVersion, Model model, RedirectAttributes redirect) throws IOException {
        LedgerFormSpec spec = spec(request, "/" + id + "/edit");
        requireWriter();
        spec.load(id);
        Map<String, String> numberErrors = numberErrors(spec, values);
        if (!numberErrors.isEmpty()) {
            return show(model, spec, id, values, rowVersion, numberErrors);
        }
        try {
            spec.update(id, rowVersion, new FormInput(values, files(request)));
            redirect.addFlashAttribute("flash", messages.get("ledger.form.saved"));
            return "redirect:" + spec.afterSave(id);
        } catch (ValidationFailure e) {
            boolean conflict = e.problems().stream().anyMatch(p -> CONCURRENT.equals(p.messageKey()));
            // On a conflict the user keeps what they typed; the next save, from the stored version, is deliberate.
            long version = conflict ? spec.load(id).rowVersion() : rowVersion;
            model.addAttribute("conflict", conflict);
            return show(model, spec, id, values, version, messages.byField(e));
        } catch (NotFound e) {
            return show(model, spec, id, values, rowVersion, outOfScope(spec));
        }
    }

    /** One more empty row of a ROWS field (htmx), with the button that adds the next one. */
    @GetMapping("/ledger-forms/row")
    String row(@RequestParam String base, @RequestParam String field, @RequestParam int index, Model model) {
        LedgerFormSpec spec = specs.get(base);
        if (spec == null) {
            throw new NotFound();
        }
        requireWriter();
        FormField f = spec.fields().stream().filter(x -> x.name().equals(field) && x.input() == FormField.Input.ROWS)
                .findFirst().orElseThrow(NotFound::new);
        model.addAttribute("f", f);
        model.addAttribute("i", Math.max(0, Math.min(index, 500)));
        model.addAttribute("values", Map.of());
        model.addAttribute("base", base);
        return "activities/ledger-form :: addedRow";
    }

    private LedgerFormSpec spec(HttpServletRequest request, String suffix) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        LedgerFormSpec spec = path.endsWith(suffix) ? specs.get(path.substring(0, path.length() - suffix.length())) : null;
        if (spec == null) {
            throw new NotFound();
        }
        return spec;
    }

    private void requireWriter() {
        Role role = access.role().orElseThrow(Forbidden::new);
        if (role.readOnly()) {
            throw new Forbidden();
        }
    }

    private static Map<String, FormInput.Upload> files(HttpServletRequest request) throws IOException {
        Map<String, FormInput.Upload> files = new HashMap<>();
        MultipartHttpServletRequest multipart = org.springframework.web.util.WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart != null) {
            for (Map.Entry<String, MultipartFile> e : multipart.getFileMap().entrySet()) {
                if (!e.getValue().isEmpty()) {
                    files.put(e.getKey(), new FormInput.Upload(e.getValue().getOriginalFilename(), e.getValue().getBytes()));
                }
            }
        }
        return files;
    }

    /** Numbers are read before anything else: "mười" or "12a" is refused next to its field. */
    private Map<String, String> numberErrors(LedgerFormSpec spec, Map<String, String> values) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FormField f : spec.fields()) {
            if (f.numeric() && !FormInput.isNumber(values.get(f.name()))) {
                errors.put(f.name(), messages.get("ledger.error.notANumber", values.get(f.name())));
            }
            if (f.input() == FormField.Input.ROWS) {
                for (FormField c : f.columns()) {
                    if (!c.numeric()) {
                        continue;
                    }
                    values.forEach((k, v) -> {
                        if (k.startsWith(f.name() + "[") && k.endsWith("]." + c.name()) && !FormInput.isNumber(v)) {
                            errors.putIfAbsent(f.name(), messages.get("ledger.error.notANumber", v));
                        }
                    });
                }
            }
        }
        return errors;
    }

    private String show(Model model, LedgerFormSpec spec, Long id, Map<String, String> values, long rowVersion,
                        Map<String, String> errors) {
        model.addAttribute("spec", spec);
        model.addAttribute("base", spec.basePath());
        model.addAttribute("fields", spec.fields());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("recordId", id);
        model.addAttribute("rowVersion", rowVersion);
        String noun = messages.get(spec.titleKey());
        model.addAttribute("heading", messages.get(id == null ? "ledger.form.new" : "ledger.form.edit", noun));
        model.addAttribute("action", id == null ? spec.basePath() + "/new" : spec.basePath() + "/" + id + "/edit");
        model.addAttribute("cancel", id == null ? spec.kind().path() : spec.afterSave(id));
        model.addAttribute("multipart", spec.fields().stream().anyMatch(f -> f.input() == FormField.Input.FILE));
        Map<String, List<Integer>> rowIndexes = new HashMap<>();
        for (FormField f : spec.fields()) {
            if (f.input() == FormField.Input.ROWS) {
                int max = -1;
                for (String k : values.keySet()) {
                    if (k.startsWith(f.name() + "[")) {
                        try {
                            max = Math.max(max, Integer.parseInt(k.substring(f.name().length() + 1, k.indexOf(']'))));
                        } catch (RuntimeException ignored) {
                            // a key we did not write
                        }
                    }
                }
                List<Integer> indexes = new ArrayList<>();
                for (int i = 0; i <= max + 1; i++) {
                    indexes.add(i);
                }
                rowIndexes.put(f.name(), indexes);
            }
        }
        model.addAttribute("rowIndexes", rowIndexes);
        return "activities/ledger-form";
    }
}
