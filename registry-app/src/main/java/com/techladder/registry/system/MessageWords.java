package com.techladder.registry.system;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import com.techladder.batch.text.Message;
import com.techladder.batch.text.MessageException;

/**
 * What batch-import says as codes ({@link Message}: a refused file, an import's summary and its rejected rows, a run
 * that stopped), in the reader's language: the code is the key of the message bundles, the arguments fill it, and a
 * whole number is written as the reader writes numbers (2,000). A stored text that is not a code (words someone else
 * wrote) is shown as stored: nothing reads words back into a code. docs/architecture.md, "Text".
 */
@Component("words")
public class MessageWords {

    private static final String WHOLE_NUMBER = "-?\\d{1,18}";

    private final MessageSource messages;

    MessageWords(MessageSource messages) {
        this.messages = messages;
    }

    /** For code outside the application context's beans (problem handling in any web slice). */
    public static MessageWords of(MessageSource messages) {
        return new MessageWords(messages);
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

    /** A stored message, reason or summary in the reader's words: a code with its arguments; other text as stored. */
    public String stored(String stored, Locale locale) {
        return Message.parse(stored).map(m -> say(m, locale)).orElse(stored);
    }
}
