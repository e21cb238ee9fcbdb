package com.techladder.registry.console;

import com.techladder.registry.system.Problems;
import java.time.LocalDateTime;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import com.techladder.batch.assessment.Assessments;
import com.techladder.batch.classification.ClassificationRun;
import com.techladder.batch.classification.DataCoverage;
import com.techladder.batch.classification.RunInProgressException;
import com.techladder.registry.assessment.RunLauncher;

/**
 * Classification runs in the console: launch one, watch it to completion (the page polls the runs API), see the
 * schedule and the last runs.
 */
@Controller
@PreAuthorize(ConsoleAccess.STAFF)
class ConsoleRunController {

    static final String LIST_VIEW = "console/runs";
    static final String RUN_VIEW = "console/run";
    private static final int LAST_RUNS = 20;

    private final Assessments assessments;
    private final RunLauncher launcher;
    private final NightlySchedule schedule;

    ConsoleRunController(Assessments assessments, RunLauncher launcher, NightlySchedule schedule) {
        this.assessments = assessments;
        this.launcher = launcher;
        this.schedule = schedule;
    }

    @GetMapping("/console/runs")
    String list(Model model) {
        return list(model, new LaunchForm(launcher.defaultYear()));
    }

    /**
     * Launches a run, unless most enterprises have no figures for the year and the user has not yet confirmed it for
     * this year: then the form comes back with the count and a confirmation.
     */

    @PostMapping("/console/runs")
    String launch(@Validated @ModelAttribute("launchForm") LaunchForm form, BindingResult errors, Model model) {
        if (errors.hasErrors()) {
            return list(model, form);
        }
        DataCoverage coverage = launcher.coverage(form.assessmentYear());
        if (coverage.mostlyWithoutData() && !form.confirmed()) {
            model.addAttribute("coverage", coverage);
            model.addAttribute("dataYear", launcher.defaultYear());
            return list(model, new LaunchForm(form.assessmentYear(), form.assessmentYear()));
        }
        try {
            long runId = launcher.launch(form.assessmentYear());
            return "redirect:/console/runs/" + runId;
        } catch (RunInProgressException busy) {
            model.addAttribute("busy", true);
            model.addAttribute("runningRunId", busy.runningRunId());
            return list(model, form);
        }
    }

    @GetMapping("/console/runs/{runId}")
    String run(@PathVariable long runId, Model model) {
        ClassificationRun run = assessments.run(runId)
                .orElseThrow(() -> Problems.status(HttpStatus.NOT_FOUND, "api.run.notFound", runId));
        LocalDateTime now = LocalDateTime.now();
        model.addAttribute("run", run);
        model.addAttribute("rate", Math.round(run.rate(now) * 10) / 10.0);
        model.addAttribute("eta", run.eta(now));
        return RUN_VIEW;
    }

    private String list(Model model, LaunchForm form) {
        model.addAttribute("launchForm", form);
        model.addAttribute("schedule", schedule.next());
        model.addAttribute("runs", assessments.runs(null, LAST_RUNS));
        return LIST_VIEW;
    }
}
