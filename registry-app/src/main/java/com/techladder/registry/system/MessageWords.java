package com.techladder.registry.system;

import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import com.techladder.batch.text.Message;
import com.techladder.batch.text.MessageException;
import com.techladder.registry.console.ImportWords;

/**
 * What batch-import says as codes ({@link Message}: a refused file, an import's summary, a run that stopped), in the
 * reader's language: the code is the key of the message bundles, the arguments fill it, and a whole number is written
 * as the reader writes numbers (2,000). Texts stored in words before codes, and row reasons still stored in words,
 * go to {@link ImportWords}. docs/architecture.md, "Text".
 */
@Component("words")
public class MessageWords {

    private static final String WHOLE_NUMBER = "-?\\d{1,18}";

    private final MessageSource messages;
    /** Null where there are no import words (a web slice's problem handling): stored words are then shown as stored. */
    private final ImportWords importWords;

    @Autowired
    MessageWords(MessageSource messages, ObjectProvider<ImportWords> importWords) {
        this(messages, importWords.getIfAvailable());
    }

    private MessageWords(MessageSource messages, ImportWords importWords) {
        this.messages = messages;
        this.importWords = importWords;
    }

    /** Codes only, for code that has the bundles but no import words (problem handling in any web slice). */
    public static MessageWords of(MessageSource messages) {
        return new MessageWords(messages, (ImportWords) null);
    }

    public String say(Message message, Locale locale) {
        Object[] args = message.args().stream()
                .map(a -> a.matches(WHOLE_NUMBER) ? (Object) Long.valueOf(a) : a).toArray();
        return messages.getMessage(message.code(), args, message.code(), locale);
    }

    public String say(MessageException refusal, Locale locale) {
        return say(refusal.text(), locale);
    }

    /** Each problem's message in the reader's words (see {@link FieldProblem#coded}). */
    public List<FieldProblem> said(List<FieldProblem> problems, Locale locale) {
        return problems.stream().map(p -> new FieldProblem(p.field(), stored(p.message(), locale))).toList();
    }

    /** As {@link #stored(String, Locale)} in the request's language: {@code ${@words.stored(run.message)}} in a page. */
    public String stored(String stored) {
        return stored(stored, LocaleContextHolder.getLocale());
    }

    /** A stored message, reason or summary: a code with its arguments, or words stored before codes. */
    public String stored(String stored, Locale locale) {
        return Message.parse(stored).map(m -> say(m, locale))
                .orElseGet(() -> importWords == null ? stored : importWords.text(stored, locale));
    }
}
