package com.techladder.rules.result;

/**
 * One named check of a programme, as shown to users and stored for auditors.
 *
 * @param id            stable identifier, e.g. {@code TECH_SME.STAFF_RATIO}
 * @param clause        the policy clause with its 文号, e.g. 国科发政〔2017〕115号 第六条(二)
 * @param description   plain-language description, zh-CN
 * @param descriptionEn the same in English
 * @param actual        the enterprise's value, formatted (null when unknown)
 * @param required      the requirement, formatted
 * @param points        points earned (null when the criterion carries none)
 * @param maxPoints     points available (null when the criterion carries none)
 * @param confidence    confidence of the parameters behind the check
 */
public record CriterionResult(
        String id,
        String clause,
        String description,
        String descriptionEn,
        String actual,
        String required,
        CriterionStatus result,
        Integer points,
        Integer maxPoints,
        Confidence confidence) {
}
