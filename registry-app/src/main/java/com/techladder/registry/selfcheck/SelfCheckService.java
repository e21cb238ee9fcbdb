package com.techladder.registry.selfcheck;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;

import tools.jackson.databind.ObjectMapper;
import com.techladder.registry.system.FieldProblem;
import com.techladder.registry.system.ValidationProblemException;
import com.techladder.rules.engine.PolicyEngine;
import com.techladder.rules.engine.EngineInForce;
import com.techladder.rules.result.Assessment;

/**
 * The self-check, shared by the API and the form page: validates a request (every broken field, in the caller's
 * language), turns it into an {@link com.techladder.rules.model.EnterpriseProfile} and asks the policy engine. Nothing
 * is stored: no repository is reachable from here.
 */
@Service
public class SelfCheckService {

    private final ObjectProvider<EngineInForce> engines;
    private final MessageSource messages;
    private final SelfCheckJson json;
    private final SelfCheckValidator validator;
    private final Clock clock = Clock.systemDefaultZone();

    SelfCheckService(ObjectProvider<EngineInForce> engine, MessageSource messages, ObjectMapper objectMapper) {
        this.engines = engine;
        this.messages = messages;
        this.json = new SelfCheckJson(objectMapper);
        this.validator = new SelfCheckValidator(clock, year -> engine().firstFiscalYearRead(year));
    }

    /** Reads a JSON request body; what is wrong with its shape is reported by {@link #check}. */
    public SelfCheckInput readJson(byte[] body) {
        return json.read(body);
    }

    /**
     * Validates and evaluates as of today (the assessment day: each programme judges its day-dependent criteria on
     * today clamped into its evaluation window); throws {@link ValidationProblemException} naming every broken field
     * in {@code locale}.
     */
    public Assessment check(SelfCheckInput input, Locale locale) {
        ValidSelfCheck valid = validate(input, locale);
        // one engine for the whole answer: a parameter version approved meanwhile applies from the next request
        PolicyEngine engine = engine();
        return engine.evaluate(valid.assessmentYear(), LocalDate.now(clock), valid.profile());
    }

    /**
     * The engine of the parameter version in force (policy workbench), else the shipped one. Engines are built once
     * per version and shared, so asking costs nothing.
     */
    public PolicyEngine engine() {
        return engines.getIfAvailable(EngineInForce::shipped).engine();
    }

    /** Only the validation, for a form that wants its messages before evaluating. */
    public ValidSelfCheck validate(SelfCheckInput input, Locale locale) {
        try {
            return validator.validate(input);
        } catch (InvalidSelfCheckException e) {
            List<FieldProblem> problems = e.violations().stream()
                    .map(v -> new FieldProblem(v.field(), messages.getMessage(v.messageKey(), texts(v), locale)))
                    .toList();
            String detail = messages.getMessage("selfcheck.error.detail", new Object[] {problems.size()}, locale);
            throw new ValidationProblemException(detail, problems);
        }
    }

    /**
     * Arguments as plain text: MessageFormat would print the year 2024 as "2,024". A message within the message (why
     * a USCC is invalid) stays one, for the MessageSource to say in the same language.
     */
    private static Object[] texts(Violation violation) {
        return violation.args().stream().map(a -> a instanceof MessageSourceResolvable ? a : String.valueOf(a)).toArray();
    }
}
