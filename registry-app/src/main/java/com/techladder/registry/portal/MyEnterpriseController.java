package com.techladder.registry.portal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.techladder.batch.assessment.Assessments;
import com.techladder.batch.assessment.OfficialYear;
import com.techladder.registry.dataerror.DataErrorForm;
import com.techladder.registry.dataerror.DataErrorService;
import com.techladder.registry.enterprise.EnterpriseRecord;
import com.techladder.registry.enterprise.EnterpriseRecords;
import com.techladder.registry.security.CurrentUser;
import com.techladder.rules.record.RecordColumn;
import com.techladder.registry.selfcheck.SelfCheckResponse;

/**
 * 我的企业 — a signed-in enterprise's own page: the ladder summary of its official assessment (the self-check result's
 * own fragment), a notice for a certificate about to expire, its registry record, certificates, assessments from the
 * classification runs, the subsidies the latest one entitles it to without applying (免申即享), and its reports of
 * data errors with the staff's answers. The USCC comes only from the signed-in account: the URL and the forms carry no
 * identifier, so no request can reach another enterprise's data.
 */
@Controller
class MyEnterpriseController {

    static final String VIEW = "portal/my-enterprise";
    static final String PAGE = "/my-enterprise";

    private final CurrentUser currentUser;
    private final EnterpriseRecords enterprises;
    private final Assessments assessments;
    private final NextSteps nextSteps;
    private final DataErrorService dataErrors;

    MyEnterpriseController(CurrentUser currentUser, EnterpriseRecords enterprises, Assessments assessments,
            NextSteps nextSteps, DataErrorService dataErrors) {
        this.currentUser = currentUser;
        this.enterprises = enterprises;
        this.assessments = assessments;
        this.nextSteps = nextSteps;
        this.dataErrors = dataErrors;
    }

    /** @param year the assessment year whose official run is shown; by default the default year ({@link Assessments}) */
    @GetMapping(PAGE)
    @PreAuthorize("hasRole('ENTERPRISE')")
    String myEnterprise(@RequestParam(required = false) Integer year, Locale locale, Model model) {
        page(year, locale, model);
        if (!model.containsAttribute("reportForm")) {
            model.addAttribute("reportForm", DataErrorForm.empty());
        }
        return VIEW;
    }

    /** 报告数据错误: stored as an open report for staff to answer, or the page again with a message at each input. */
    @PostMapping(PAGE + "/data-errors")
    @PreAuthorize("hasRole('ENTERPRISE')")
    String reportDataError(DataErrorForm form, Locale locale, Model model, RedirectAttributes redirect) {
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            page(null, locale, model);
            model.addAttribute("reportForm", form);
            model.addAttribute("reportProblems", problems);
            return VIEW;
        }
        String uscc = currentUser.boundUscc().orElseThrow();
        String name = enterprises.find(uscc).map(EnterpriseRecord::name).orElse(null);
        redirect.addFlashAttribute("reported", dataErrors.report(uscc, name, form).id());
        return "redirect:" + PAGE + "#my-data-errors";
    }

    private void page(Integer year, Locale locale, Model model) {
        String uscc = currentUser.boundUscc().orElseThrow();
        Optional<EnterpriseRecord> record = enterprises.find(uscc);
        LocalDate today = LocalDate.now();
        List<CertificateView> certificates = record.map(r -> r.certificates().stream()
                .map(c -> CertificateView.of(c, today)).toList()).orElse(List.of());
        model.addAttribute("uscc", uscc);
        model.addAttribute("record", record.orElse(null));
        model.addAttribute("certificates", certificates);
        model.addAttribute("renewals", certificates.stream().map(nextSteps::renewal).filter(Objects::nonNull).toList());
        model.addAttribute("figures", record.map(r -> figuresGiven(r.years())).orElse(List.of()));
        model.addAttribute("history", assessments.history(uscc));
        OfficialYear official = assessments.officialYear(year);
        model.addAttribute("official", official);
        SelfCheckResponse latest = assessments.officialAssessment(uscc, official.year())
                .map(stored -> SelfCheckResponse.of(stored.assessment(), locale))
                .orElse(null);
        model.addAttribute("latest", latest);
        if (latest != null) {
            LadderView ladder = LadderView.of(latest);
            model.addAttribute("ladder", ladder);
            // the reward estimate re-evaluates the registry's figures as if the rung were recognised this year
            model.addAttribute("nextStep", nextSteps.of(ladder, latest, record
                    .map(r -> SelfCheckForm.fromRegistryFor(r, latest.assessmentYear()).toInput(latest.assessmentYear())
                            .input())
                    .orElse(null), locale));
        }
        model.addAttribute("dataErrors", dataErrors.of(uscc));
        model.addAttribute("reportFields", DataErrorForm.fields());
        model.addAttribute("reportYears", record.map(r -> r.years().stream()
                .map(y -> y.get(RecordColumn.FISCAL_YEAR.key())).filter(Objects::nonNull).map(Object::toString)
                .sorted(Comparator.reverseOrder()).toList()).orElse(List.of()));
    }

    /** The per-year fields with a value in at least one year, in the form's order: empty rows say nothing. */
    private static List<RecordColumn> figuresGiven(List<Map<String, Object>> years) {
        return RecordColumn.all().stream()
                .filter(RecordColumn::perYearColumn)
                .filter(f -> years.stream().map(y -> y.get(f.key())).anyMatch(Objects::nonNull))
                .toList();
    }
}
