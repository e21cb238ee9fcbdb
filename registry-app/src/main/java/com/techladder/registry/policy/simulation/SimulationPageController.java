package com.techladder.registry.policy.simulation;

import com.techladder.batch.assessment.Assessments;
import com.techladder.batch.simulation.Simulation;
import com.techladder.registry.system.MessageWords;
import com.techladder.registry.system.ValidationProblemException;
import java.security.Principal;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The result page of a simulation ({@code /policy/simulations/{id}}: matrices, subsidy cost with a chart, the plan's
 * pipeline, the changed enterprises a page at a time; refreshed while running) and the budget forecast
 * ({@code /policy/budget-forecast}); a draft's page starts a simulation here ({@code POST /policy/drafts/{id}/simulations}).
 */
@Controller
class SimulationPageController {

    private final PolicySimulationService service;
    private final MessageSource messages;
    private final Assessments assessments;
    private final MessageWords words;

    SimulationPageController(PolicySimulationService service, MessageSource messages, Assessments assessments,
            MessageWords words) {
        this.service = service;
        this.messages = messages;
        this.assessments = assessments;
        this.words = words;
    }

    /**
     * Simulates a draft from its page or from an earlier simulation's, over the whole registry or the scope chosen
     * (district, programme, 技术领域: the API's filter); the year, when left empty, is the one the registry's figures
     * are for (the newest fiscal year imported + 1), as everywhere else.
     */
    @PostMapping("/policy/drafts/{draftId}/simulations")
    @PreAuthorize(PolicySimulationController.RUNNERS)
    String simulate(@PathVariable long draftId, @RequestParam(required = false) Integer assessmentYear,
            @RequestParam(required = false) String district, @RequestParam(required = false) String programme,
            @RequestParam(required = false) Integer techField, Principal principal, Locale locale,
            RedirectAttributes redirect) {
        SimulationRequest request = new SimulationRequest(
                assessmentYear == null ? assessments.dataYear() : assessmentYear,
                new SimulationRequest.Filter(district, programme, techField));
        try {
            long id = service.simulate(draftId, request.assessmentYear(), request.validatedFilter(), principal.getName());
            return "redirect:/policy/simulations/" + id;
        } catch (ValidationProblemException e) {
            redirect.addFlashAttribute("simulateProblems", words.said(e.errors(), locale));
            return "redirect:/policy/drafts/" + draftId + "#simulate-form";
        }
    }

    @GetMapping("/policy/simulations/{id}")
    @PreAuthorize(PolicySimulationController.READERS)
    String simulation(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
        Simulation s = service.find(id).orElseThrow(() -> PolicySimulationController.notFound(id));
        model.addAttribute("view", new SimulationView(s, new SimulationWords(messages, locale)));
        model.addAttribute("changes", service.changes(id, Math.max(0, page), PolicySimulationService.PAGE_SIZE));
        return "policy/simulation";
    }

    @GetMapping("/policy/budget-forecast")
    @PreAuthorize(PolicySimulationController.READERS)
    String forecast(@RequestParam(required = false) Integer year, Locale locale, Model model) {
        int y = PolicySimulationController.forecastYear(year);
        model.addAttribute("year", y);
        model.addAttribute("view", service.latestForecast(y).map(s -> new SimulationView(s, new SimulationWords(messages, locale))).orElse(null));
        return "policy/budget-forecast";
    }

    @PostMapping("/policy/budget-forecast")
    @PreAuthorize(PolicySimulationController.RUNNERS)
    String startForecast(@RequestParam(required = false) Integer year, Principal principal) {
        int y = PolicySimulationController.forecastYear(year);
        service.forecast(y, principal.getName());
        return "redirect:/policy/budget-forecast?year=" + y;
    }
}
