package com.techladder.batch.importing;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Column-list fragments for the set-based MERGE statements (standard SQL MERGE runs on H2 and PostgreSQL 15), built
 * from the column enums so a column added to the contract cannot be forgotten in one of the lists.
 */
public final class MergeSql {

    private MergeSql() {
    }

    public static List<String> names(List<? extends ImportColumn> columns) {
        return columns.stream().map(ImportColumn::csvName).toList();
    }

    /** {@code a, b, c}. */
    public static String list(List<String> names) {
        return String.join(", ", names);
    }

    /** {@code s.a, s.b, s.c}. */
    public static String qualified(String alias, List<String> names) {
        return names.stream().map(n -> alias + "." + n).collect(Collectors.joining(", "));
    }

    /** {@code a = s.a, b = s.b}: the SET list of a MERGE's update, from source alias {@code alias}. */
    public static String assignments(String alias, List<String> names) {
        return names.stream().map(n -> n + " = " + alias + "." + n).collect(Collectors.joining(", "));
    }

    /** {@code t.a = s.a AND t.b = s.b}. */
    public static String joinOn(String left, String right, List<String> names) {
        return names.stream().map(n -> left + "." + n + " = " + right + "." + n).collect(Collectors.joining(" AND "));
    }
}
