package com.techladder.registry.review;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.techladder.batch.classification.ClassificationRun;
import com.techladder.batch.classification.ClassificationRunRepository;
import com.techladder.batch.classification.RunStatus;
import com.techladder.registry.assessment.RunDiff;

/** The difference between two runs: which enterprises changed, in which criteria, and why. */
@Controller
@PreAuthorize(ReviewAccess.READERS)
class ReviewDiffController {

    static final String VIEW = "review/diff";
    /** Changed enterprises listed on the page; the count above the list covers all of them. */
    static final int LISTED = 500;

    private final ClassificationRunRepository runs;
    private final RunDiff diff;

    ReviewDiffController(ClassificationRunRepository runs, RunDiff diff) {
        this.runs = runs;
        this.diff = diff;
    }

    /**
     * @param from the earlier run
     * @param to the later run
     */
    @GetMapping("/review/diff")
    String diff(@RequestParam long from, @RequestParam long to, Model model) {
        ClassificationRun a = ReviewRunController.find(runs, from);
        ClassificationRun b = ReviewRunController.find(runs, to);
        model.addAttribute("from", a);
        model.addAttribute("to", b);
        model.addAttribute("listed", LISTED);
        // a run still in progress has only part of its records: comparing it would report enterprises as missing
        if (a.status() == RunStatus.COMPLETED && b.status() == RunStatus.COMPLETED) {
            model.addAttribute("report", diff.diff(a, b, LISTED));
        }
        return VIEW;
    }
}
