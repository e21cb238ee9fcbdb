package com.techladder.registry.console;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.techladder.batch.assessment.Assessments;

/** The staff console's start page: what ran last, what is imported last, when the nightly run fires next. */
@Controller
@PreAuthorize(ConsoleAccess.STAFF)
class ConsoleHomeController {

    static final String VIEW = "console/home";
    private static final int RECENT = 5;

    private final Assessments assessments;
    private final ImportHistory imports;
    private final NightlySchedule schedule;

    ConsoleHomeController(Assessments assessments, ImportHistory imports, NightlySchedule schedule) {
        this.assessments = assessments;
        this.imports = imports;
        this.schedule = schedule;
    }

    @GetMapping("/console")
    String home(Model model) {
        model.addAttribute("schedule", schedule.next());
        model.addAttribute("runs", assessments.runs(null, RECENT));
        model.addAttribute("imports", imports.newest(RECENT));
        return VIEW;
    }
}
