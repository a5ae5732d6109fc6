package vn.xomantoan.identity.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.ui.Model;
import vn.xomantoan.identity.AccessScope;

/** Puts the signed-in user on every page (name and role in the navigation bar). */
@ControllerAdvice
class CurrentUserAdvice {

    private final AccessScope access;

    CurrentUserAdvice(AccessScope access) {
        this.access = access;
    }

    @ModelAttribute
    void addUser(Model model) {
        access.user().ifPresent(u -> {
            model.addAttribute("currentUser", u);
            model.addAttribute("currentRole", u.role().name());
        });
    }
}
