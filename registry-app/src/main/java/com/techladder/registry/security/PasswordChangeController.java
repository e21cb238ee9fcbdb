package com.techladder.registry.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.techladder.registry.system.FieldProblem;
import com.techladder.registry.system.ValidationProblemException;

/** Every signed-in user may change their own password: a page (CSRF-protected form) and the API. */
@Controller
@PreAuthorize("isAuthenticated()")
class PasswordChangeController {

    static final String VIEW = "account-password";

    private final PasswordChange passwordChange;
    private final MessageSource messages;

    PasswordChangeController(PasswordChange passwordChange, MessageSource messages) {
        this.passwordChange = passwordChange;
        this.messages = messages;
    }

    @GetMapping("/account/password")
    String form(Model model) {
        return show(model, List.of());
    }

    @PostMapping("/account/password")
    String change(Authentication user, Locale locale, Model model, HttpServletRequest request,
            @RequestParam(required = false) String currentPassword,
            @RequestParam(required = false) String newPassword,
            @RequestParam(required = false) String confirmPassword) {
        HttpSession session = request.getSession(false);
        List<PasswordChange.Problem> problems = passwordChange.change(user.getName(), currentPassword, newPassword,
                confirmPassword == null ? "" : confirmPassword, session == null ? null : session.getId());
        if (problems.isEmpty()) {
            return "redirect:/account/password?changed";
        }
        return show(model, problems.stream().map(p -> text(p, locale)).toList());
    }

    private String show(Model model, List<String> errors) {
        model.addAttribute("errors", errors);
        model.addAttribute("minLength", PasswordChange.MIN_LENGTH);
        return VIEW;
    }

    private String text(PasswordChange.Problem problem, Locale locale) {
        return messages.getMessage(problem.messageKey(), problem.arguments(), locale);
    }

    /** {@code PUT /api/v1/account/password}: 204, or 400 naming each broken field (messages in zh-CN). */
    @RestController
    @PreAuthorize("isAuthenticated()")
    static class Api {

        private final PasswordChange passwordChange;
        private final MessageSource messages;

        Api(PasswordChange passwordChange, MessageSource messages) {
            this.passwordChange = passwordChange;
            this.messages = messages;
        }

        record ChangeRequest(String currentPassword, String newPassword) {
        }

        @PutMapping("/api/v1/account/password")
        ResponseEntity<Void> change(Authentication user, @RequestBody ChangeRequest request) {
            List<PasswordChange.Problem> problems = passwordChange.change(user.getName(), request.currentPassword(),
                    request.newPassword(), null, null);
            if (!problems.isEmpty()) {
                throw new ValidationProblemException(problems.stream().map(p -> new FieldProblem(p.field(),
                        messages.getMessage(p.messageKey(), p.arguments(), Locale.SIMPLIFIED_CHINESE))).toList());
            }
            return ResponseEntity.noContent().build();
        }
    }
}
