package com.techladder.registry.portal;

import java.time.LocalDateTime;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.techladder.registry.enterprise.EnterpriseRecords;
import com.techladder.registry.security.CurrentUser;
import com.techladder.rules.record.RecordGroup;
import com.techladder.rules.record.ValueType;
import com.techladder.rules.record.RecordColumn;
import com.techladder.registry.selfcheck.SelfCheckResponse;
import com.techladder.registry.selfcheck.SelfCheckService;
import com.techladder.registry.system.ValidationProblemException;
import com.techladder.rules.identity.FuzhouDivision;
import com.techladder.rules.identity.TechField;
import com.techladder.rules.model.Programme;

/**
 * The public self-check pages: the form ({@code GET /self-check}), its result or the form again with a message next
 * to every broken field ({@code POST /self-check}), and the form filled in again to change a value
 * ({@code POST /self-check/edit}). The same service and validator as the API; nothing is stored, so the result page
 * carries the entered values in hidden fields to edit them or to switch language. A signed-in enterprise finds the
 * form filled from its registry record.
 */
@Controller
class SelfCheckPageController {

    static final String FORM_VIEW = "selfcheck/form";
    static final String RESULT_VIEW = "selfcheck/result";
    /** The id of the hidden form on the result page that re-posts the entered values. */
    static final String REPOST_FORM = "repost";
    /** Assessment years offered: the policies in the rules start in 2017. */
    private static final int FIRST_ASSESSMENT_YEAR = 2018;

    private final SelfCheckService selfCheck;
    private final NextSteps nextSteps;
    private final CurrentUser currentUser;
    private final EnterpriseRecords enterprises;

    SelfCheckPageController(SelfCheckService selfCheck, NextSteps nextSteps, CurrentUser currentUser,
            EnterpriseRecords enterprises) {
        this.selfCheck = selfCheck;
        this.nextSteps = nextSteps;
        this.currentUser = currentUser;
        this.enterprises = enterprises;
    }

    @GetMapping("/self-check")
    String form(Model model) {
        SelfCheckForm form = currentUser.boundUscc().flatMap(enterprises::find)
                .map(record -> SelfCheckForm.fromRegistry(record, defaultAssessmentYear()))
                .orElseGet(() -> SelfCheckForm.empty(defaultAssessmentYear()));
        model.addAttribute("prefilled", currentUser.isEnterprise() && form.values().size() > 1);
        return showForm(form, model);
    }

    @PostMapping("/self-check/edit")
    String edit(@RequestParam MultiValueMap<String, String> parameters, Model model) {
        return showForm(SelfCheckForm.posted(parameters), model);
    }

    @PostMapping("/self-check")
    String check(@RequestParam MultiValueMap<String, String> parameters, Locale locale, Model model) {
        SelfCheckForm form = SelfCheckForm.posted(parameters);
        SelfCheckForm.Mapped mapped = form.toInput(defaultAssessmentYear());
        try {
            SelfCheckResponse result = SelfCheckResponse.of(selfCheck.check(mapped.input(), locale), locale);
            model.addAttribute("form", form);
            model.addAttribute("result", result);
            LadderView ladder = LadderView.of(result);
            model.addAttribute("ladder", ladder);
            model.addAttribute("nextStep", nextSteps.of(ladder, result, mapped.input(), locale));
            model.addAttribute("innovation", InnovationSections.of(result));
            model.addAttribute("checkedAt", LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES));
            model.addAttribute("fiscalYears", form.fiscalYears(defaultAssessmentYear()));
            model.addAttribute("figures", figures(form, locale));
            model.addAttribute("onceFigures", onceFigures(form, locale));
            model.addAttribute("repostFormId", REPOST_FORM);
            return RESULT_VIEW;
        } catch (ValidationProblemException e) {
            form.showErrors(mapped, e.errors());
            return showForm(form, model);
        }
    }

    private String showForm(SelfCheckForm form, Model model) {
        List<Integer> fiscalYears = form.fiscalYears(defaultAssessmentYear());
        model.addAttribute("form", form);
        model.addAttribute("fiscalYears", fiscalYears);
        model.addAttribute("errorLines", form.errorLines(fiscalYears));
        model.addAttribute("showEarlierParam", SelfCheckForm.SHOW_EARLIER);
        model.addAttribute("assessmentYears", assessmentYears());
        model.addAttribute("groups", Arrays.stream(RecordGroup.values()).filter(g -> !g.askedOnce())
                .map(g -> new GroupView(g, RecordColumn.inGroup(g))).toList());
        model.addAttribute("onceGroups", Arrays.stream(RecordGroup.values()).filter(RecordGroup::askedOnce)
                .collect(Collectors.toMap(Enum::name, g -> new GroupView(g, RecordColumn.inGroup(g)))));
        model.addAttribute("districts", FuzhouDivision.values());
        model.addAttribute("techFields", TechField.values());
        model.addAttribute("programmes", Programme.values());
        model.addAttribute("moreCertificateRows", IntStream.range(1, SelfCheckForm.CERTIFICATE_ROWS).boxed().toList());
        return FORM_VIEW;
    }

    /** This year's assessment uses last year's accounts, the most recent complete ones. */
    private static int defaultAssessmentYear() {
        return Year.now().getValue();
    }

    private static List<Integer> assessmentYears() {
        int newest = defaultAssessmentYear() + 1;
        return IntStream.rangeClosed(FIRST_ASSESSMENT_YEAR, newest).map(y -> newest + FIRST_ASSESSMENT_YEAR - y)
                .boxed().toList();
    }

    /** The per-year figures entered, for the printed record: every field with a value in some year, newest year first. */
    private static List<FigureRow> figures(SelfCheckForm form, Locale locale) {
        return RecordColumn.all().stream().filter(RecordColumn::perYearColumn)
                .filter(f -> !f.askedOnce())
                .map(f -> new FigureRow(f, IntStream.range(0, SelfCheckForm.YEAR_COLUMNS)
                        .mapToObj(col -> shown(f, form.value("records[" + col + "]." + f.key()), locale)).toList()))
                .filter(row -> row.values().stream().anyMatch(v -> !v.isBlank()))
                .toList();
    }

    /** The once-asked answers entered, for the printed record: each given, in the form's order. */
    private static List<FigureRow> onceFigures(SelfCheckForm form, Locale locale) {
        return RecordColumn.all().stream().filter(RecordColumn::askedOnce)
                .map(f -> new FigureRow(f, List.of(shown(f, form.value("records[0]." + f.key()), locale))))
                .filter(row -> !row.values().get(0).isBlank())
                .toList();
    }

    /** A technology field by its name rather than its number in the catalogue; other values as typed. */
    private static String shown(RecordColumn field, String value, Locale locale) {
        if (field.type() != ValueType.TECH_FIELD || value.isBlank()) {
            return value;
        }
        return Arrays.stream(TechField.values()).filter(t -> String.valueOf(t.number()).equals(value.trim()))
                .map(t -> Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? t.nameEn() : t.nameZh())
                .findFirst().orElse(value);
    }

    /** One entered field and its value in each year column (blank when not given). */
    public record FigureRow(RecordColumn field, List<String> values) {
    }

    /** One group of per-year rows of the form. */
    public record GroupView(RecordGroup group, List<RecordColumn> fields) {
    }
}
