package com.techladder.registry.policy.simulation;

import com.techladder.batch.simulation.ChangedItem;
import com.techladder.registry.portal.Formats;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** A simulation's codes in words of one language: programmes, outcomes, subsidies, districts, column headers. */
final class SimulationWords {

    private final MessageSource messages;
    private final Locale locale;

    SimulationWords(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    String programme(String code) {
        return messages.getMessage("programme." + code, null, code, locale);
    }

    String outcome(String code) {
        return code == null ? null : messages.getMessage("outcome." + code, null, code, locale);
    }

    String subsidy(String code) {
        return messages.getMessage("subsidy." + code, null, code, locale);
    }

    /** The division's name, said where every district name is ({@link Formats#divisionKey}). */
    String district(String code) {
        return messages.getMessage(Formats.divisionKey(code), null, code, locale);
    }

    String criterionText(ChangedItem c) {
        return english() && c.criterionEn() != null ? c.criterionEn() : c.criterionZh();
    }

    boolean english() {
        return "en".equals(locale.getLanguage());
    }
}
