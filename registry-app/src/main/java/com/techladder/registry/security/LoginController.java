package com.techladder.registry.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page; Spring Security itself handles {@code POST /login} and {@code POST /logout}. */
@Controller
class LoginController {

    static final String VIEW = "login";

    @GetMapping("/login")
    String login() {
        return VIEW;
    }
}
