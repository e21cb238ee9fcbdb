package com.techladder.batch.text;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What batch-import has to tell a reader — why a file was refused, an import's summary, why a run stopped — as a message
 * code and its arguments, never as words: registry-app says it in the reader's language from its message bundles, where
 * the code is the key (docs/architecture.md, "Text"). batch-import has no MessageSource and no reader's locale, and a
 * stored text is read later by readers of either language, so the code is what is stored.
 *
 * <p>Stored as one text column ({@code data_import.message}, {@code import_issue.reason},
 * {@code classification_run.message}) in the form of {@link #stored()}: the code, then each argument after a unit
 * separator (U+001F: no CSV cell, figure or name holds one, control characters are refused). Texts stored before codes
 * (Chinese words) do not {@link #parse}.
 *
 * @param code the bundle key, such as {@code import.text.headerOnly}
 * @param args the arguments as text; registry-app formats a whole number as the reader writes numbers
 */
public record Message(String code, List<String> args) {

    static final char SEPARATOR = '\u001F';
    private static final Pattern CODE = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+");

    public Message {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("not a message code: " + code);
        }
        args = List.copyOf(args);
    }

    /**
     * A message; each argument as {@code String.valueOf}, {@code null} as an empty text, a yes/no as 1 or 0 (so that a
     * bundle can choose its words: {@code {2,choice,0#…|1#…}}).
     */
    public static Message of(String code, Object... args) {
        return new Message(code, Arrays.stream(args).map(Message::argument).toList());
    }

    private static String argument(Object a) {
        if (a instanceof Boolean yes) {
            return yes ? "1" : "0";
        }
        return a == null ? "" : String.valueOf(a).replace(SEPARATOR, ' ');
    }

    /** The stored form: the code, then each argument after U+001F. */
    public String stored() {
        StringBuilder text = new StringBuilder(code);
        args.forEach(a -> text.append(SEPARATOR).append(a));
        return text.toString();
    }

    /** The message a stored text holds; empty for a text stored in words (before codes, or written by someone else). */
    public static Optional<Message> parse(String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        String[] parts = stored.split(String.valueOf(SEPARATOR), -1);
        if (!CODE.matcher(parts[0]).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Message(parts[0], Arrays.asList(parts).subList(1, parts.length)));
    }

    /** For logs: {@code import.text.missingColumns [programme]}. */
    @Override
    public String toString() {
        return args.isEmpty() ? code : code + " " + args;
    }
}
