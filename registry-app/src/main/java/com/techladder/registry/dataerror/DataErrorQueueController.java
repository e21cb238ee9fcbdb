package com.techladder.registry.dataerror;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.techladder.registry.dataerror.DataErrorReport.Status;

/**
 * The staff queue of 报告数据错误: open reports a page at a time, oldest first, each answered in place — resolved with
 * a reply or rejected with a reason (one text box, two buttons). Auditors read the queue; only staff and
 * administrators answer (docs/security.md).
 */
@Controller
class DataErrorQueueController {

    static final String VIEW = "dataerror/queue";
    static final String READERS = "hasAnyRole('STAFF', 'AUDITOR', 'ADMIN')";
    static final String ANSWERERS = "hasAnyRole('STAFF', 'ADMIN')";
    private static final String QUEUE = "/console/data-errors";

    private final DataErrorService service;

    DataErrorQueueController(DataErrorService service) {
        this.service = service;
    }

    /** @param status OPEN (default), RESOLVED or REJECTED; anything else is the open queue */
    @GetMapping(QUEUE)
    @PreAuthorize(READERS)
    String queue(@RequestParam(defaultValue = "OPEN") String status, @RequestParam(defaultValue = "0") int page,
            Model model) {
        Status shown = parse(status);
        model.addAttribute("status", shown);
        model.addAttribute("statuses", Status.values());
        model.addAttribute("reports", service.queue(shown, page));
        return VIEW;
    }

    @PostMapping(QUEUE + "/{reportId}/resolve")
    @PreAuthorize(ANSWERERS)
    String resolve(@PathVariable long reportId, @RequestParam(defaultValue = "") String answer,
            @RequestParam(defaultValue = "0") int page, RedirectAttributes redirect) {
        return answer(reportId, Status.RESOLVED, answer, page, redirect);
    }

    @PostMapping(QUEUE + "/{reportId}/reject")
    @PreAuthorize(ANSWERERS)
    String reject(@PathVariable long reportId, @RequestParam(defaultValue = "") String answer,
            @RequestParam(defaultValue = "0") int page, RedirectAttributes redirect) {
        return answer(reportId, Status.REJECTED, answer, page, redirect);
    }

    private String answer(long id, Status outcome, String answer, int page, RedirectAttributes redirect) {
        redirect.addFlashAttribute("answeredId", id);
        if (!DataErrorService.acceptable(answer)) {
            // the text box is required for both: a reply says what was done, a reason why not
            redirect.addFlashAttribute("answerProblem", "dataError.error.answer." + outcome.name());
            redirect.addFlashAttribute("answerDraft", answer);
        } else {
            try {
                service.answer(id, outcome, answer);
                redirect.addFlashAttribute("answered", outcome);
            } catch (DataErrorReport.AlreadyAnsweredException | OptimisticLockingFailureException e) {
                redirect.addFlashAttribute("answerProblem", "dataError.error.alreadyAnswered");
            }
        }
        return "redirect:" + QUEUE + "?page=" + Math.max(0, page) + "#report-" + id;
    }

    private static Status parse(String status) {
        try {
            return Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            return Status.OPEN;
        }
    }
}
