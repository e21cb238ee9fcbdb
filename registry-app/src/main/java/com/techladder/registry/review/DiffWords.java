package com.techladder.registry.review;

import java.math.BigDecimal;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import com.techladder.batch.assessment.RunDiff;
import com.techladder.registry.portal.Formats;

/**
 * A run diff's changes in words, for the diff page ({@code ${@diffWords.change(what, from, to)}}): what changed (the
 * eligible tier, a programme's outcome, a subsidy) and its values — tiers and outcomes by name, amounts in 万元.
 */
@Component("diffWords")
public class DiffWords {

    static final String TIER = "eligibleTier";

    private final MessageSource messages;
    private final Formats formats;

    DiffWords(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    /** 国家高新技术企业, 研发经费投入分段补助, 符合条件的最高梯队. */
    public String what(String what) {
        if (TIER.equals(what)) {
            return message("console.enterprise.eligibleTier");
        }
        String programme = messages.getMessage("programme." + what, null, null, locale());
        return programme != null ? programme : messages.getMessage("subsidy." + what, null, what, locale());
    }

    /** A tier or outcome by name; an amount as 35.00 万元, nothing as —. */
    public String value(String what, String value) {
        if (TIER.equals(what)) {
            return value == null ? Formats.NOTHING : message("tier." + value);
        }
        if (isSubsidy(what)) {
            return value == null || new BigDecimal(value).signum() == 0 ? Formats.NOTHING
                    : messages.getMessage("common.wanYuan", new Object[] {formats.wan(new BigDecimal(value))}, locale());
        }
        return value == null ? Formats.NOTHING : message("outcome." + value);
    }

    /** 不符合 → 符合条件; for a subsidy, whether it grew or shrank. */
    public String change(String what, String from, String to) {
        if (isSubsidy(what)) {
            return message(RunDiff.MORE.equals(to) ? "review.diff.more" : "review.diff.less");
        }
        return value(what, from) + " → " + value(what, to);
    }

    private boolean isSubsidy(String what) {
        return !TIER.equals(what) && messages.getMessage("programme." + what, null, null, locale()) == null;
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
