package com.techladder.rules.explain;

import com.techladder.rules.parameter.YearParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * One entry of the criterion catalogue: what a rule's {@link Criterion} stands for, and the policy clause it comes from.
 * The stored results keep citing the source of the parameter's value in force ({@code parameters/*.yaml}, the
 * {@code clause} of their JSON, unchanged so that stored assessments and their hashes stay as they are); the entry's own
 * clause is the article the criterion itself rests on, read with {@link CriterionCatalogue#clause(String, int)}.
 *
 * @param id         the id results carry, {@code PROGRAMME.NAME} ({@code reports_as} lets variants share one id)
 * @param parameter  the parameter the criterion is judged against; it applies in the years that parameter has a value
 * @param comparison how the actual value must relate to the parameter (threshold criteria), else null
 * @param unit       how values are shown, else null
 * @param wanted     the answer that passes (yes/no criteria), else null
 * @param required   the requirement as shown, when it is a fixed text rather than a formatted threshold, else null
 * @param shown      the actual value as shown, when it is the same for every enterprise, else null
 * @param arguments  the values a rule passes for the {@code {placeholders}} of the texts, in order ({@code name} or
 *                   {@code name:unit}); {@code {value}} is the parameter's value, {@code {source}} the source it cites
 *                   and {@code {text}} its value when it is a text
 * @param texts      the description in zh-CN and English, oldest wording first, each from the day it took effect
 * @param clauses    the policy clause (document and article) the criterion comes from, oldest first, each from the day
 *                   it took effect; an uncertain source says so in its text (the parameter's confidence grades it)
 */
public record CriterionEntry(String id, String parameter, Comparison comparison, Unit unit, Boolean wanted,
        String required, String shown, List<Argument> arguments, List<Wording> texts, List<Clause> clauses) {

    /** The placeholders every entry may use without declaring them: the parameter's value, source and text. */
    static final Set<String> BUILT_IN = Set.of("value", "source", "text");

    /** A policy clause in force from {@code effectiveFrom}, e.g. 国科发政〔2017〕115号 第六条(二). */
    public record Clause(LocalDate effectiveFrom, String text) {
    }

    /** A description in force from {@code effectiveFrom}. */
    public record Wording(LocalDate effectiveFrom, String zh, String en) {
    }

    /** A placeholder of the texts, formatted with {@code unit} when it has one. */
    public record Argument(String name, Unit unit) {
    }

    /** The wording for assessment year {@code year}: the last one taking effect by that year (as parameters do). */
    public Wording wording(int year) {
        return inForce(texts, Wording::effectiveFrom, year);
    }

    /** The clause for assessment year {@code year}: the last one taking effect by that year (as the wordings). */
    public String clause(int year) {
        return inForce(clauses, Clause::effectiveFrom, year).text();
    }

    /** Of {@code dated}, oldest first, the last taking effect by {@code year}; the oldest before all of them. */
    private static <T> T inForce(List<T> dated, Function<T, LocalDate> effectiveFrom, int year) {
        T chosen = dated.get(0);
        for (T d : dated) {
            if (effectiveFrom.apply(d).getYear() <= year) {
                chosen = d;
            }
        }
        return chosen;
    }

    /**
     * {@code text} with its placeholders filled in; {@code {value}}, {@code {source}} and {@code {text}} come from
     * {@code parameter}, the value in force.
     */
    String fill(String text, boolean english, YearParameters.Resolved parameter, Object[] args) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        String filled = text.contains("{value}") ? text.replace("{value}", Unit.decimal(parameter.number(), 2)) : text;
        if (filled.contains("{source}")) {
            filled = filled.replace("{source}", parameter.source());
        }
        if (filled.contains("{text}")) {
            filled = filled.replace("{text}", parameter.text());
        }
        for (int i = 0; i < arguments.size(); i++) {
            Argument a = arguments.get(i);
            Object v = args == null || i >= args.length ? null : args[i];
            String shownValue = a.unit() == null || !(v instanceof Number n) ? String.valueOf(v)
                    : english ? a.unit().formatEn(n.doubleValue()) : a.unit().format(n.doubleValue());
            filled = filled.replace("{" + a.name() + "}", shownValue);
        }
        return filled;
    }
}
