package vn.xomantoan.incidents.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.xomantoan.incidents.domain.IncidentAccess;
import vn.xomantoan.incidents.domain.ReferenceAdmin;
import vn.xomantoan.incidents.domain.ReferenceData;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.web.Messages;

/** The reference lists page (administrators only). */
@Controller
class ReferenceAdminController {

    private final ReferenceAdmin admin;
    private final ReferenceData reference;
    private final IncidentAccess access;
    private final Messages messages;

    ReferenceAdminController(ReferenceAdmin admin, ReferenceData reference, IncidentAccess access, Messages messages) {
        this.admin = admin;
        this.reference = reference;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/incidents/reference")
    String page(Model model) {
        access.requireAdmin();
        model.addAttribute("items", reference.all());
        model.addAttribute("clauses", reference.clauses());
        model.addAttribute("lists", ReferenceAdmin.lists());
        return "incidents/reference";
    }

    @PostMapping("/incidents/reference/{id}")
    String update(@PathVariable long id, @RequestParam long rowVersion, @RequestParam String nameVi, @RequestParam String nameEn,
                  @RequestParam(defaultValue = "false") boolean serious, @RequestParam(required = false) String validTo,
                  RedirectAttributes redirect) {
        try {
            admin.update(id, rowVersion, nameVi, nameEn, serious, WebParams.date("validTo", validTo, null));
            redirect.addFlashAttribute("flash", messages.get("common.saved"));
        } catch (ValidationFailure e) {
            redirect.addFlashAttribute("errors", messages.all(e));
        }
        return "redirect:/incidents/reference";
    }

    @PostMapping("/incidents/reference")
    String add(@RequestParam String list, @RequestParam String code, @RequestParam(required = false) String parentCode,
               @RequestParam String nameVi, @RequestParam String nameEn, @RequestParam(required = false) String gradeList,
               @RequestParam(defaultValue = "false") boolean serious, @RequestParam(required = false) String criterion,
               @RequestParam String validFrom, RedirectAttributes redirect) {
        try {
            admin.add(list, code, parentCode, nameVi, nameEn, gradeList, serious, criterion, WebParams.date("validFrom", validFrom, null));
            redirect.addFlashAttribute("flash", messages.get("common.saved"));
        } catch (ValidationFailure e) {
            redirect.addFlashAttribute("errors", messages.all(e));
        }
        return "redirect:/incidents/reference";
    }
}
