package com.techladder.registry.plan;

import com.techladder.registry.system.MessageWords;
import org.springframework.context.i18n.LocaleContextHolder;
import com.techladder.registry.system.FieldProblem;
import com.techladder.registry.system.ValidationProblemException;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Comparator;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import com.techladder.batch.assessment.Assessments;
import com.techladder.batch.assessment.OfficialYear;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The dashboard page {@code /plan} and the targets page {@code /plan/targets} with the admin's edit form. */
@Controller
@PreAuthorize("hasAnyRole('STAFF', 'AUDITOR', 'ADMIN')")
class PlanPageController {

    static final String DASHBOARD = "plan/dashboard";
    static final String TARGETS = "plan/targets";
    /** Rows of the pipeline and expiry tables the page shows; the exports have all of them. */
    static final int PAGE_PIPELINE_ROWS = 20;
    static final int PAGE_EXPIRING_ROWS = 50;

    private final PlanProgressService progress;
    private final PlanPipelineService pipeline;
    private final PlanTargetService targets;
    private final Assessments assessments;

    private final MessageWords words;

    PlanPageController(PlanProgressService progress, PlanPipelineService pipeline, PlanTargetService targets,
            Assessments assessments, MessageWords words) {
        this.words = words;
        this.assessments = assessments;
        this.progress = progress;
        this.pipeline = pipeline;
        this.targets = targets;
    }

    /**
     * @param year the year shown (breakdowns, the KPI cards, the pipeline): by default the period's year not after
     *     today's; its figures of the pipeline come from the official run of that assessment year
     */
    @GetMapping("/plan")
    String dashboard(@RequestParam(required = false) String period, @RequestParam(required = false) Integer year,
            Model model) {
        LocalDate today = PlanCalendar.today();
        PlanProgress shown = progress.progress(period, year, today);
        OfficialYear official = assessments.officialYear(shown.districtYear());
        model.addAttribute("progress", shown);
        model.addAttribute("official", official);
        // the KPI card is the yearly table's figure for the year shown (same run, same definition): the sum by district
        model.addAttribute("eligiblePipeline", official.run() == null ? null : shown.districts().stream()
                .map(PlanProgress.District::eligiblePipeline).filter(Objects::nonNull).mapToInt(Integer::intValue).sum());
        model.addAttribute("yearChoices", yearChoices(shown, official));
        model.addAttribute("forecast", pipeline.forecast(shown.periodCode(), official.run(), today));
        model.addAttribute("pipeline", pipeline.pipeline(official.run(), today, PAGE_PIPELINE_ROWS, 0));
        model.addAttribute("expiring", pipeline.expiring(official.run(), today, PAGE_EXPIRING_ROWS, 0));
        model.addAttribute("expiringTotal", pipeline.expiringCount(today));
        model.addAttribute("periods", targets.periods());
        return DASHBOARD;
    }

    /** The period's years and every assessment year with a completed run, newest first. */
    private static List<Integer> yearChoices(PlanProgress shown, OfficialYear official) {
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        years.addAll(official.years());
        for (int y = shown.baseYear(); y <= shown.targetYear(); y++) {
            years.add(y);
        }
        return List.copyOf(years);
    }

    @PostMapping("/plan/rates")
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    String saveRates(@RequestParam String period, @RequestParam BigDecimal conversionRate,
                     @RequestParam BigDecimal nonRenewalRate, Principal user) {
        targets.setRates(period, new RatesRequest(conversionRate, nonRenewalRate), user.getName());
        return "redirect:" + UriComponentsBuilder.fromPath("/plan").queryParam("period", period).toUriString();
    }

    @GetMapping("/plan/targets")
    String targetsPage(@RequestParam(required = false) String period, Model model) {
        PlanPeriod shown = targets.selected(period, PlanCalendar.today());
        model.addAttribute("period", shown);
        model.addAttribute("periods", targets.periods());
        model.addAttribute("trajectories", trajectories(shown));
        model.addAttribute("history", targets.history(shown.code()));
        return TARGETS;
    }

    /**
     * The admin's edit of one scope. {@code years} is "2023=3000, 2024=3500": explicit yearly values, empty for the
     * geometric path. Invalid input comes back to the form with every problem listed.
     */
    @PostMapping("/plan/targets/{scope}")
    @PreAuthorize("hasRole('ADMIN')")
    String saveTarget(@RequestParam String period, @PathVariable String scope, @RequestParam Integer baseCount,
                      @RequestParam Integer targetCount, @RequestParam(defaultValue = "false") boolean assumption,
                      @RequestParam(required = false) String note, @RequestParam(defaultValue = "") String years,
                      Principal user, RedirectAttributes redirect) {
        try {
            targets.saveTarget(period, scope, new TargetRequest(scope, baseCount, targetCount, assumption,
                    note == null || note.isBlank() ? null : note.trim(), parseYears(years)), user.getName());
            redirect.addFlashAttribute("saved", scope);
        } catch (ValidationProblemException invalid) {
            redirect.addFlashAttribute("errors", words.said(invalid.errors(), LocaleContextHolder.getLocale()));
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/plan/targets").queryParam("period", period)
                .toUriString();
    }

    /**
     * The admin's new plan period: its years and forecast rates, the city's base and target, and optionally 福州高新区's.
     * District targets are added afterwards, one scope at a time.
     */
    @PostMapping("/plan/periods")
    @PreAuthorize("hasRole('ADMIN')")
    String addPeriod(@RequestParam String code, @RequestParam String title, @RequestParam Integer baseYear,
                     @RequestParam Integer targetYear, @RequestParam(required = false) String source,
                     @RequestParam BigDecimal conversionRate, @RequestParam BigDecimal nonRenewalRate,
                     @RequestParam Integer cityBase, @RequestParam Integer cityTarget,
                     @RequestParam(required = false) Integer zoneBase, @RequestParam(required = false) Integer zoneTarget,
                     Principal user, RedirectAttributes redirect) {
        List<TargetRequest> scopes = new ArrayList<>();
        scopes.add(new TargetRequest(PlanScope.CITY, cityBase, cityTarget, false, null, Map.of()));
        if (zoneBase != null || zoneTarget != null) {
            scopes.add(new TargetRequest(PlanScope.HITECH_ZONE, zoneBase, zoneTarget, true, null, Map.of()));
        }
        String shown = code;
        try {
            targets.addPeriod(new PeriodRequest(code.trim(), title, baseYear, targetYear,
                    source == null || source.isBlank() ? null : source.trim(), conversionRate, nonRenewalRate, scopes),
                    user.getName());
            redirect.addFlashAttribute("saved", code.trim());
            shown = code.trim();
        } catch (ValidationProblemException invalid) {
            redirect.addFlashAttribute("errors", words.said(invalid.errors(), LocaleContextHolder.getLocale()));
            shown = null;
        }
        UriComponentsBuilder page = UriComponentsBuilder.fromPath("/plan/targets");
        if (shown != null) {
            page.queryParam("period", shown);
        }
        return "redirect:" + page.toUriString();
    }

    static Map<Integer, Integer> parseYears(String text) {
        Map<Integer, Integer> years = new TreeMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        // separators as typed on a Chinese keyboard too: full-width comma (FF0C), semicolon (FF1B) and colon (FF1A)
        for (String part : text.split("[,\\x{FF0C};\\x{FF1B}\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            String[] pair = part.split("[=:\\x{FF1A}]");
            try {
                years.put(Integer.parseInt(pair[0].trim()), Integer.parseInt(pair[1].trim()));
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                problems.add(FieldProblem.coded("years", "plan.problem.yearsFormat", part));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationProblemException(problems);
        }
        return years;
    }

    private static Map<String, Map<Integer, Integer>> trajectories(PlanPeriod period) {
        Map<String, Map<Integer, Integer>> paths = new LinkedHashMap<>();
        for (PlanTarget target : period.targets()) {
            paths.put(target.scope(), target.trajectory(period.baseYear(), period.targetYear()).byYear());
        }
        return paths;
    }
}
