package com.techladder.rules.result;

/**
 * What would change an outcome, in the enterprise's terms, e.g.
 * "研发费用需再增加 42.5 万元 (研发投入占比 3.6% → 4%) 可得 +10 分".
 *
 * @param criterion the criterion id this gap belongs to
 */
public record Gap(String criterion, String message, String messageEn) {
}
