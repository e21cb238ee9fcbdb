package com.techladder.registry.portal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public home page: the ladder in a few words and what each kind of user does first. */
@Controller
class HomeController {

    static final String VIEW = "portal/home";

    @GetMapping("/")
    String home() {
        return VIEW;
    }
}
