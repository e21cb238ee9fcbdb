package com.techladder.registry.console;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.techladder.batch.classification.ClassificationRunRepository;

/** The staff console's start page: what ran last, what is imported last, when the nightly run fires next. */
@Controller
@PreAuthorize(ConsoleAccess.STAFF)
class ConsoleHomeController {

    static final String VIEW = "console/home";
    private static final int RECENT = 5;

    private final ClassificationRunRepository runs;
    private final ImportHistory imports;
    private final NightlySchedule schedule;

    ConsoleHomeController(ClassificationRunRepository runs, ImportHistory imports, NightlySchedule schedule) {
        this.runs = runs;
        this.imports = imports;
        this.schedule = schedule;
    }

    @GetMapping("/console")
    String home(Model model) {
        model.addAttribute("schedule", schedule.next());
        model.addAttribute("runs", runs.list(null, RECENT));
        model.addAttribute("imports", imports.newest(RECENT));
        return VIEW;
    }
}
