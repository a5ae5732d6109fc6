package vn.xomantoan.identity.web;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.xomantoan.identity.AccessScope;
import vn.xomantoan.identity.CurrentUser;
import vn.xomantoan.identity.Role;
import vn.xomantoan.identity.UnitDirectory;
import vn.xomantoan.identity.domain.AppUser;
import vn.xomantoan.identity.domain.UserAccounts;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.ValidationFailure.Problem;
import vn.xomantoan.shared.web.Messages;
import vn.xomantoan.shared.web.WebDates;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Account administration (ADMIN only, see SecurityConfig): list, create, edit, password reset.
 * Every change goes through {@link UserAccounts}, which checks the rules and writes the audit trail.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    /** A row of the account list. {@code lockedUntil} is set only while the lock lasts. */
    record UserRow(long id, String username, String fullName, Role role, String homeUnit, boolean enabled,
                   LocalDateTime lockedUntil, boolean demo) {
    }

    private final UserAccounts accounts;
    private final UnitDirectory units;
    private final Messages messages;
    private final AccessScope access;

    UserAdminController(UserAccounts accounts, UnitDirectory units, Messages messages, AccessScope access) {
        this.accounts = accounts;
        this.units = units;
        this.messages = messages;
        this.access = access;
    }

    @ModelAttribute("roles")
    Role[] roles() {
        return Role.values();
    }

    @GetMapping
    String list(Model model) {
        Map<Long, String> unitNames = new HashMap<>();
        LocalDateTime now = LocalDateTime.now();
        List<UserRow> rows = accounts.all().stream().map(u -> new UserRow(u.getId(), u.getUsername(), u.getFullName(),
                u.getRole(), u.getHomeUnitId() == null ? null : unitNames.computeIfAbsent(u.getHomeUnitId(), units::describe),
                u.isEnabled(), u.lockedAt(now) ? u.getLockedUntil() : null, u.isDemo())).toList();
        model.addAttribute("users", rows);
        return "identity/users";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        UserCreateForm form = new UserCreateForm();
        form.setHomeUnitAsOf(WebDates.format(LocalDate.now()));
        model.addAttribute("userForm", form);
        return "identity/users-new";
    }

    @PostMapping
    String create(@ModelAttribute("userForm") UserCreateForm form, BindingResult binding, RedirectAttributes redirect) {
        Long homeUnitId = resolveHomeUnit(form.getHomeUnitCode(), form.getHomeUnitAsOf(), binding);
        reject(binding, accounts.problemsCreating(form.getUsername(), form.getPassword(), form.getFullName(),
                form.getRole(), homeUnitId));
        if (binding.hasErrors()) {
            return "identity/users-new";
        }
        try {
            AppUser created = accounts.create(form.getUsername(), form.getPassword(), form.getFullName(), form.getRole(),
                    homeUnitId, false);
            redirect.addFlashAttribute("flash", messages.get("user.created", created.getUsername()));
            return "redirect:/admin/users";
        } catch (ValidationFailure failure) {
            reject(binding, failure.problems());
            return "identity/users-new";
        }
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable long id, Model model) {
        AppUser user = accounts.find(id).orElseThrow(NotFound::new);
        UserEditForm form = new UserEditForm();
        form.setRowVersion(user.getRowVersion());
        form.setFullName(user.getFullName());
        form.setRole(user.getRole());
        form.setEnabled(user.isEnabled());
        form.setHomeUnitAsOf(WebDates.format(LocalDate.now()));
        model.addAttribute("userForm", form);
        model.addAttribute("passwordForm", new PasswordForm());
        return editPage(user, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("userForm") UserEditForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        AppUser user = accounts.find(id).orElseThrow(NotFound::new);
        model.addAttribute("passwordForm", new PasswordForm());
        if (form.getRowVersion() == null || form.getRowVersion() != user.getRowVersion()) {
            binding.reject("error.concurrentChange", null, "error.concurrentChange");
            return editPage(user, model);
        }
        boolean keepUnit = form.getHomeUnitCode() == null || form.getHomeUnitCode().isBlank();
        Long homeUnitId = keepUnit ? user.getHomeUnitId()
                : resolveHomeUnit(form.getHomeUnitCode(), form.getHomeUnitAsOf(), binding);
        reject(binding, accounts.problemsUpdating(form.getFullName(), form.getRole(), homeUnitId));
        // An administrator cannot take away their own access (the last way back in may be this account).
        boolean self = access.user().map(CurrentUser::userId).filter(me -> me == id).isPresent();
        if (self && form.getRole() != null && form.getRole() != Role.ADMIN && !binding.hasFieldErrors("role")) {
            binding.rejectValue("role", "user.error.selfDemote", null, "user.error.selfDemote");
        }
        if (self && !form.isEnabled()) {
            binding.rejectValue("enabled", "user.error.selfDisable", null, "user.error.selfDisable");
        }
        if (binding.hasErrors()) {
            return editPage(user, model);
        }
        try {
            accounts.update(id, form.getRowVersion(), form.getFullName(), form.getRole(), homeUnitId, form.isEnabled(),
                    form.isUnlock());
        } catch (ValidationFailure failure) {
            reject(binding, failure.problems());
            return editPage(user, model);
        } catch (ObjectOptimisticLockingFailureException conflict) {
            binding.reject("error.concurrentChange", null, "error.concurrentChange");
            return editPage(user, model);
        }
        redirect.addFlashAttribute("flash", messages.get("user.updated", user.getUsername()));
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @ModelAttribute("passwordForm") PasswordForm form, BindingResult binding,
                         Model model, RedirectAttributes redirect) {
        AppUser user = accounts.find(id).orElseThrow(NotFound::new);
        try {
            accounts.changePassword(id, form.getPassword());
        } catch (ValidationFailure failure) {
            reject(binding, failure.problems());
            UserEditForm userForm = new UserEditForm();
            userForm.setRowVersion(user.getRowVersion());
            userForm.setFullName(user.getFullName());
            userForm.setRole(user.getRole());
            userForm.setEnabled(user.isEnabled());
            userForm.setHomeUnitAsOf(WebDates.format(LocalDate.now()));
            model.addAttribute("userForm", userForm);
            return editPage(user, model);
        }
        redirect.addFlashAttribute("flash", messages.get("user.passwordChanged", user.getUsername()));
        return "redirect:/admin/users";
    }

    private String editPage(AppUser user, Model model) {
        LocalDateTime now = LocalDateTime.now();
        model.addAttribute("user", new UserRow(user.getId(), user.getUsername(), user.getFullName(), user.getRole(),
                user.getHomeUnitId() == null ? null : units.describe(user.getHomeUnitId()), user.isEnabled(),
                user.lockedAt(now) ? user.getLockedUntil() : null, user.isDemo()));
        return "identity/users-edit";
    }

    /** The home unit version for a code on a date; null (with a field error when a code was typed but not found). */
    private Long resolveHomeUnit(String code, String asOfText, BindingResult binding) {
        if (code == null || code.isBlank()) {
            return null;
        }
        LocalDate asOf;
        try {
            asOf = WebDates.parse(asOfText, LocalDate.now());
        } catch (IllegalArgumentException e) {
            binding.rejectValue("homeUnitAsOf", "error.badDate", new Object[]{asOfText}, "error.badDate");
            return null;
        }
        String trimmed = code.trim();
        return units.findId(trimmed, asOf).orElseGet(() -> {
            binding.rejectValue("homeUnitCode", "user.error.unitUnknown", new Object[]{trimmed, WebDates.format(asOf)},
                    "user.error.unitUnknown");
            return null;
        });
    }

    /** Shows rule violations next to their fields; one message per field (the first found). */
    private static void reject(BindingResult binding, List<Problem> problems) {
        for (Problem p : problems) {
            if (p.field() == null || p.field().isBlank()) {
                binding.reject(p.messageKey(), p.args(), p.messageKey());
            } else if (!binding.hasFieldErrors(p.field()) && !(p.field().equals("homeUnitCode")
                    && binding.hasFieldErrors("homeUnitAsOf"))) {
                binding.rejectValue(p.field(), p.messageKey(), p.args(), p.messageKey());
            }
        }
    }
}
