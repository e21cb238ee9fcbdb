package com.techladder.registry.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import com.techladder.registry.selfcheck.SelfCheckInput;
import com.techladder.registry.selfcheck.SelfCheckResponse;
import com.techladder.registry.selfcheck.SelfCheckResponse.SubsidyAnswer;
import com.techladder.registry.selfcheck.SelfCheckService;
import com.techladder.rules.model.Programme;
import com.techladder.rules.model.SubsidyProgramme;
import com.techladder.rules.model.Tier;
import com.techladder.rules.parameter.ParameterSet;
import com.techladder.rules.parameter.YearParameters;
import com.techladder.rules.result.Confidence;

/**
 * Works out the self-check's next step: the rung to apply for, its channel, its evaluation window in the assessment
 * year (the same {@code <programme>.evaluation_opens / closes} parameters the rules judge reference days by) and the
 * recognition reward. The reward is the rules' own estimate: the self-check is evaluated once more as if the rung's
 * certificate were issued this year, and its 高企认定奖励 read back — the page repeats no amount the rules compute.
 */
@Component
class NextSteps {

    private final SelfCheckService selfCheck;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemDefaultZone();

    NextSteps(SelfCheckService selfCheck, ObjectMapper json) {
        this.selfCheck = selfCheck;
        this.json = json;
    }

    /**
     * The next step for {@code ladder}'s target rung; null when the top rung is held (the page then says so).
     *
     * @param input the figures the result was computed from, to estimate the recognition reward; null for none
     */
    NextStep of(LadderView ladder, SelfCheckResponse result, SelfCheckInput input, Locale locale) {
        Tier tier = ladder.target();
        if (tier == null) {
            return null;
        }
        Window window = window(tier, result.assessmentYear());
        String reapply = LadderView.programme(result, tier).map(LadderView::reapply).orElse(null);
        SubsidyAnswer reward = reapply == null && ladder.apply() && input != null
                ? reward(tier, window.closes(), input, locale) : null;
        return new NextStep(tier, ladder.apply(), reapply, ApplicationChannel.of(tier, result.assessmentYear()),
                window.opens(), window.closes(), window.provisional(), window.passed(), reward);
    }

    /**
     * What a certificate in its last months asks of the enterprise: a new application in the evaluation window of the
     * year it expires (a 高企 certificate is not renewed: it is recognised again); null when {@code certificate} is
     * not expiring soon.
     */
    RenewalNotice renewal(CertificateView certificate) {
        if (!CertificateView.EXPIRING.equals(certificate.status())) {
            return null;
        }
        Tier tier = Tier.of(Programme.valueOf(certificate.certificate().programme()));
        int year = certificate.certificate().validUntil().getYear();
        if (tier == Tier.NONE) {
            return new RenewalNotice(certificate, null, year, null);
        }
        return new RenewalNotice(certificate, ApplicationChannel.of(tier, year), year, window(tier, year));
    }

    /** A programme's evaluation window in {@code year} (the whole year when the parameters give none). */
    private Window window(Tier tier, int year) {
        YearParameters params = parameters().forYear(year);
        String prefix = tier.name().toLowerCase(Locale.ROOT) + ".evaluation_";
        LocalDate opens = day(params, prefix + "opens", MonthDay.of(1, 1));
        LocalDate closes = day(params, prefix + "closes", MonthDay.of(12, 31));
        boolean provisional = params.has(prefix + "opens") && params.confidence(prefix + "opens") == Confidence.PROVISIONAL
                || params.has(prefix + "closes") && params.confidence(prefix + "closes") == Confidence.PROVISIONAL;
        return new Window(opens, closes, provisional, LocalDate.now(clock).isAfter(closes));
    }

    /**
     * @param provisional the dates are not confirmed by an official notice (暂定)
     * @param passed      today is after {@code closes}
     */
    public record Window(LocalDate opens, LocalDate closes, boolean provisional, boolean passed) {
    }

    /** The 高企认定奖励 if the rung's certificate were issued on {@code issuedOn}; null for 科小 or when none applies. */
    private SubsidyAnswer reward(Tier tier, LocalDate issuedOn, SelfCheckInput input, Locale locale) {
        if (tier == Tier.TECH_SME) {
            return null;
        }
        List<Map<String, String>> certificates = new ArrayList<>(input.certificates());
        certificates.add(Map.of("programme", tier.name(), "issuedOn", issuedOn.toString(),
                "validUntil", issuedOn.plusYears(3).minusDays(1).toString()));
        SelfCheckInput recognised = new SelfCheckInput(input.assessmentYear(), input.enterprise(), input.records(),
                certificates, input.shapeViolations());
        return SelfCheckResponse.of(selfCheck.check(recognised, locale), locale).subsidies().stream()
                .filter(s -> s.programme() == SubsidyProgramme.HTE_RECOGNITION_REWARD)
                .filter(s -> s.eligible() || s.undetermined())
                .findFirst().orElse(null);
    }

    private static LocalDate day(YearParameters params, String key, MonthDay fallback) {
        return (params.has(key) ? MonthDay.parse("--" + params.text(key)) : fallback).atYear(params.year());
    }

    /** The parameters of the engine the self-check runs on (its snapshot is small; read per request, no cache to go stale). */
    private ParameterSet parameters() {
        try {
            // the snapshot is {"rulesetVersion": …, "parameters": {…}} (rules ParameterSnapshot)
            return ParameterSet.fromJson(json.readTree(selfCheck.engine().parameterSnapshot()).get("parameters"));
        } catch (JacksonException e) {
            throw new IllegalStateException("the engine's parameter snapshot is not JSON", e);
        }
    }
}
