package com.techladder.registry.portal;

import java.time.LocalDate;

import com.techladder.registry.selfcheck.SelfCheckResponse.SubsidyAnswer;
import com.techladder.rules.model.Tier;

/**
 * The next step as an action: apply for {@code tier} (or work towards it, or wait out a one-strike bar), through
 * {@code channel}, in the programme's evaluation window of the assessment year, and the recognition reward to expect.
 *
 * @param apply            the figures already reach the rung: apply now (else: close the gaps first)
 * @param reapply          the one-strike bar on the rung and when it lifts (localized); null when not barred
 * @param opens            the window's first day (evaluation_opens of the assessment year)
 * @param closes           its last day
 * @param windowProvisional the window's dates are not confirmed by an official notice (暂定)
 * @param windowPassed     the window of the assessment year has closed already (today is after {@code closes})
 * @param reward           the 高企认定奖励 the rules estimate for a recognition this year; null when none applies
 */
public record NextStep(Tier tier, boolean apply, String reapply, ApplicationChannel channel, LocalDate opens,
        LocalDate closes, boolean windowProvisional, boolean windowPassed, SubsidyAnswer reward) {
}
