package com.techladder.registry.portal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.techladder.batch.classification.AssessmentJson;
import com.techladder.registry.assessment.OfficialRuns;
import com.techladder.registry.assessment.OfficialRuns.OfficialYear;
import com.techladder.registry.enterprise.EnterpriseRecord;
import com.techladder.registry.enterprise.EnterpriseRecords;
import com.techladder.registry.security.CurrentUser;
import com.techladder.registry.selfcheck.RecordField;
import com.techladder.registry.selfcheck.SelfCheckResponse;
import com.techladder.rules.identity.TechField;

/**
 * 我的企业 — a signed-in enterprise's own page: its registry record, certificates and their expiry, its assessments
 * from the classification runs, and the subsidies the latest one entitles it to without applying (免申即享).
 * The USCC comes only from the signed-in account: the URL and the form carry no identifier, so no request can reach
 * another enterprise's data.
 */
@Controller
class MyEnterpriseController {

    static final String VIEW = "portal/my-enterprise";

    private final CurrentUser currentUser;
    private final EnterpriseRecords enterprises;
    private final OfficialRuns officialRuns;
    private final AssessmentHistory history;

    MyEnterpriseController(CurrentUser currentUser, EnterpriseRecords enterprises, OfficialRuns officialRuns,
            AssessmentHistory history) {
        this.currentUser = currentUser;
        this.enterprises = enterprises;
        this.officialRuns = officialRuns;
        this.history = history;
    }

    /** @param year the assessment year whose official run is shown; by default the default year ({@link OfficialRuns}) */
    @GetMapping("/my-enterprise")
    @PreAuthorize("hasRole('ENTERPRISE')")
    String myEnterprise(@RequestParam(required = false) Integer year, Locale locale, Model model) {
        String uscc = currentUser.boundUscc().orElseThrow();
        Optional<EnterpriseRecord> record = enterprises.find(uscc);
        LocalDate today = LocalDate.now();
        model.addAttribute("uscc", uscc);
        model.addAttribute("record", record.orElse(null));
        model.addAttribute("certificates", record.map(r -> r.certificates().stream()
                .map(c -> CertificateView.of(c, today)).toList()).orElse(List.of()));
        model.addAttribute("figures", record.map(r -> figuresGiven(r.years())).orElse(List.of()));
        model.addAttribute("history", history.of(uscc));
        model.addAttribute("techFields", TechField.values());
        OfficialYear official = officialRuns.year(year);
        model.addAttribute("official", official);
        model.addAttribute("latest", officialRuns.assessmentOf(uscc, official.year())
                .map(stored -> SelfCheckResponse.of(AssessmentJson.parseResult(stored.result()), locale))
                .orElse(null));
        return VIEW;
    }

    /** The per-year fields with a value in at least one year, in the form's order: empty rows say nothing. */
    private static List<RecordField> figuresGiven(List<Map<String, Object>> years) {
        return Arrays.stream(RecordField.values())
                .filter(RecordField::perYear)
                .filter(f -> years.stream().map(y -> y.get(f.key())).anyMatch(Objects::nonNull))
                .toList();
    }
}
