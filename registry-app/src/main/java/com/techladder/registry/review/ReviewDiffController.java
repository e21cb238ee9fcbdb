package com.techladder.registry.review;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.techladder.batch.assessment.Assessments;
import com.techladder.batch.assessment.RunDiff;
import com.techladder.batch.classification.ClassificationRun;
import com.techladder.batch.classification.RunStatus;

/**
 * The difference between two runs: first how many enterprises changed in which way (programme × from → to), then the
 * changed enterprises a page at a time, optionally of one kind of change, each with the criteria that changed and why.
 */
@Controller
@PreAuthorize(ReviewAccess.READERS)
class ReviewDiffController {

    static final String VIEW = "review/diff";
    /**
     * Changed enterprises listed on a page. Each carries its changed criteria (a few kilobytes of HTML): 2,000 of them
     * on one page made a page of 12 MB.
     */
    static final int LISTED = 50;

    private final Assessments assessments;

    ReviewDiffController(Assessments assessments) {
        this.assessments = assessments;
    }

    /**
     * @param from the earlier run
     * @param to the later run
     * @param page the page of changed enterprises, 0 = the first
     * @param what only enterprises where this changed (eligibleTier, a programme or a subsidy), with
     * @param was its value before and
     * @param now its value after (a subsidy: MORE or LESS)
     */
    @GetMapping("/review/diff")
    String diff(@RequestParam long from, @RequestParam long to, @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String what, @RequestParam(required = false) String was,
            @RequestParam(required = false) String now, Model model) {
        ClassificationRun a = ReviewRunController.find(assessments, from);
        ClassificationRun b = ReviewRunController.find(assessments, to);
        RunDiff.Filter filter = blank(what) ? RunDiff.Filter.NONE : new RunDiff.Filter(what, blankToNull(was), blankToNull(now));
        // a page number past any diff would overflow the offset: clamp it (the page then lists nothing)
        int shown = Math.min(Math.max(0, page), Integer.MAX_VALUE / LISTED);
        model.addAttribute("from", a);
        model.addAttribute("to", b);
        model.addAttribute("filter", filter);
        model.addAttribute("page", shown);
        model.addAttribute("listed", LISTED);
        // a run still in progress has only part of its records: comparing it would report enterprises as missing
        if (a.status() == RunStatus.COMPLETED && b.status() == RunStatus.COMPLETED) {
            RunDiff.Report report = assessments.diff(a, b, LISTED, shown * LISTED, filter);
            model.addAttribute("report", report);
            model.addAttribute("pageCount", Math.max(1, (report.matching() + LISTED - 1) / LISTED));
        }
        return VIEW;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return blank(text) ? null : text.trim();
    }
}
