package com.techladder.rules.parameter;

import java.util.List;

/**
 * One thing wrong with a parameter file or a draft change, named so a policy officer can find it.
 *
 * @param file  the file it is in, or null for a change typed in the browser
 * @param line  1-based line in that file (or 1-based position of the change in the draft); 0 when unknown
 * @param key   the parameter key ({@code tech_sme.max_employees}), or null when the file itself is broken
 * @param code  what is wrong, stable for translation ({@code policy.problem.<code>} in the message bundles)
 * @param args  the particulars the message cites (dates, values), as text
 */
public record ParameterProblem(String file, int line, String key, String code, List<String> args) {

    public ParameterProblem {
        args = List.copyOf(args);
    }

    /** Plain English, for logs and for callers without the message bundles. */
    public String describe() {
        return (file == null ? "" : file + ":") + (line > 0 ? line + ": " : " ") + (key == null ? "" : key + ": ")
                + code + (args.isEmpty() ? "" : " " + args);
    }
}
