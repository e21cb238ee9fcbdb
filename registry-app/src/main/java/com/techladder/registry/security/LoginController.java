package com.techladder.registry.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login page; Spring Security itself handles {@code POST /login} and {@code POST /logout}. On the embedded demo it
 * says that its accounts are for the demo only.
 */
@Controller
class LoginController {

    static final String VIEW = "login";

    private final boolean demo;

    LoginController(AccountProperties accounts) {
        this.demo = accounts.demo().enabled();
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demo", demo);
        return VIEW;
    }
}
