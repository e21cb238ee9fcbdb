package com.techladder.batch.assessment;

import com.techladder.batch.classification.ClassificationRun;
import com.techladder.rules.result.Assessment;
import com.techladder.rules.result.CriterionResult;
import com.techladder.rules.result.ProgrammeResult;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;

/**
 * Compares two runs enterprise by enterprise (both read in USCC order, a page at a time, and merged): an enterprise is
 * reported when its eligible tier, a programme outcome or a subsidy amount changed, with the criteria whose result or
 * points changed and why — its inputs changed, the rules or parameters changed, or both.
 */
@Service
public class RunDiff {

    /** Why an enterprise's result changed between two runs. */
    public enum Reason { INPUT_CHANGED, RULES_CHANGED }

    /** The most entries one page of a comparison lists (each carries its changed criteria). */
    public static final int DEFAULT_LIMIT = 1000;

    private static final String PROGRAMMES = "tech_sme_outcome, provincial_hte_outcome, national_hte_outcome, little_giant_outcome";
    private static final String SUBSIDIES = "rd_segmented_grant, rd_growth_grant, little_giant_reward, hte_recognition_reward";
    private static final List<String> OUTCOME_NAMES = List.of("TECH_SME", "PROVINCIAL_HTE", "NATIONAL_HTE", "LITTLE_GIANT");
    private static final List<String> SUBSIDY_NAMES = List.of("RD_SEGMENTED_GRANT", "RD_GROWTH_GRANT",
            "LITTLE_GIANT_REWARD", "HTE_RECOGNITION_REWARD");
    private static final RowMapper<Summary> SUMMARY = (rs, i) -> {
        List<String> outcomes = new ArrayList<>(4);
        List<BigDecimal> amounts = new ArrayList<>(4);
        for (int c = 0; c < 4; c++) {
            outcomes.add(rs.getString(4 + c));
            BigDecimal amount = rs.getBigDecimal(8 + c);
            amounts.add(amount == null ? null : amount.stripTrailingZeros());
        }
        return new Summary(rs.getString(1), rs.getString(2), rs.getString(3), outcomes, amounts, rs.getString(12));
    };

    private final AssessmentRecords records;

    RunDiff(AssessmentRecords records) {
        this.records = records;
    }

    /** The query columns of one record: enough to see whether anything reportable changed. */
    record Summary(String uscc, String inputHash, String eligibleTier, List<String> outcomes, List<BigDecimal> amounts,
            String name) {
    }

    public record Change(String what, String from, String to) {
    }

    /** @param description what the criterion asks, in Chinese and English (pages show it rather than its id) */
    public record CriterionChange(String programme, String id, String clause, String fromResult, String toResult,
            String fromActual, String toActual, Integer fromPoints, Integer toPoints, String description,
            String descriptionEn) {
    }

    /**
     * A kind of change and how many enterprises it happened to: {@code what} changed from {@code from} to {@code to}
     * (a tier or an outcome; for a subsidy {@link #MORE} or {@link #LESS}, the amounts being many).
     */
    public record Transition(String what, String from, String to, int count) {
    }

    /** Only the changes of one kind: {@code what} changed, and when given, from {@code from} to {@code to}. */
    public record Filter(String what, String from, String to) {

        public static final Filter NONE = new Filter(null, null, null);

        boolean matches(List<Change> changes) {
            return what == null || changes.stream().anyMatch(c -> c.what().equals(what)
                    && (from == null || from.equals(fromKind(c))) && (to == null || to.equals(toKind(c))));
        }
    }

    /** A subsidy's amount grew or shrank (for tiers and outcomes the from/to are the values themselves). */
    public static final String MORE = "MORE";
    public static final String LESS = "LESS";

    /**
     * @param changes  eligible tier, programme outcomes and subsidy amounts that changed ({@code what} names which)
     * @param criteria the criteria whose result or points changed
     */
    public record Entry(String uscc, Set<Reason> reasons, List<Change> changes, List<CriterionChange> criteria,
            String name) {
    }

    /**
     * @param onlyInA enterprises assessed in run a but not in run b (and the other way round for onlyInB)
     * @param changed enterprises with a reportable change, of which one page is listed in entries
     * @param yearsDiffer the runs assess different years: their inputs are different fiscal years, so the results
     *     differ whatever the rules (a page must not say "only the inputs changed")
     * @param summary every kind of change with its count, over all changed enterprises (not only the page)
     * @param matching the changed enterprises the filter kept, of which entries is one page
     */
    public record Report(String runA, String runB, String rulesetA, String rulesetB, boolean rulesChanged, int compared,
            int changed, List<String> onlyInA, List<String> onlyInB, List<Entry> entries, int assessmentYearA,
            int assessmentYearB, boolean yearsDiffer, List<Transition> summary, int matching) {
    }

    /**
     * One page of the comparison: of the changed enterprises that {@code filter} keeps (and of those only in a, only in
     * b), the {@code limit} after the first {@code offset}, in USCC order; the counts and the summary cover all of them.
     * Both runs are read a page at a time, so the memory it takes is that of the page, however large the runs.
     */
    Report diff(ClassificationRun a, ClassificationRun b, int limit, int offset, Filter filter) {
        boolean rulesChanged = !a.rulesetVersion().equals(b.rulesetVersion())
                || !a.parameterSnapshot().equals(b.parameterSnapshot());
        Cursor left = new Cursor(a.id());
        Cursor right = new Cursor(b.id());
        Window<String> onlyInA = new Window<>(offset, limit);
        Window<String> onlyInB = new Window<>(offset, limit);
        Window<Summary[]> changedPairs = new Window<>(offset, limit);
        Map<List<String>, Integer> transitions = new LinkedHashMap<>();
        int changed = 0;
        int compared = 0;
        while (left.peek() != null || right.peek() != null) {
            Summary l = left.peek();
            Summary r = right.peek();
            int order = l == null ? 1 : r == null ? -1 : l.uscc().compareTo(r.uscc());
            if (order < 0) {
                onlyInA.offer(left.next().uscc());
            } else if (order > 0) {
                onlyInB.offer(right.next().uscc());
            } else {
                left.next();
                right.next();
                compared++;
                List<Change> changes = summaryChanges(l, r);
                if (!changes.isEmpty()) {
                    changed++;
                    changes.forEach(c -> transitions.merge(Arrays.asList(c.what(), fromKind(c), toKind(c)), 1, Integer::sum));
                    if (filter.matches(changes)) {
                        changedPairs.offer(new Summary[] {l, r});
                    }
                }
            }
        }
        return new Report(Long.toString(a.id()), Long.toString(b.id()), a.rulesetVersion(), b.rulesetVersion(),
                rulesChanged, compared, changed, onlyInA.kept, onlyInB.kept,
                entries(a.id(), b.id(), changedPairs.kept, rulesChanged),
                a.assessmentYear(), b.assessmentYear(), a.assessmentYear() != b.assessmentYear(),
                transitions.entrySet().stream()
                        .map(t -> new Transition(t.getKey().get(0), t.getKey().get(1), t.getKey().get(2), t.getValue()))
                        .sorted(TRANSITION_ORDER).toList(),
                changedPairs.seen);
    }

    /** Tier first, then the programmes and subsidies in their order, the most frequent change first within each. */
    private static final Comparator<Transition> TRANSITION_ORDER = Comparator
            .comparingInt((Transition t) -> t.what().equals("eligibleTier") ? -1
                    : OUTCOME_NAMES.contains(t.what()) ? OUTCOME_NAMES.indexOf(t.what())
                    : OUTCOME_NAMES.size() + SUBSIDY_NAMES.indexOf(t.what()))
            .thenComparing(Transition::count, Comparator.reverseOrder());

    private static String fromKind(Change change) {
        return SUBSIDY_NAMES.contains(change.what()) ? null : change.from();
    }

    private static String toKind(Change change) {
        if (!SUBSIDY_NAMES.contains(change.what())) {
            return change.to();
        }
        BigDecimal from = change.from() == null ? BigDecimal.ZERO : new BigDecimal(change.from());
        BigDecimal to = change.to() == null ? BigDecimal.ZERO : new BigDecimal(change.to());
        return to.compareTo(from) > 0 ? MORE : LESS;
    }

    /** Counts what it is offered and keeps the {@code limit} items after the first {@code offset}. */
    private static final class Window<T> {
        private final int offset;
        private final int limit;
        private final List<T> kept = new ArrayList<>();
        private int seen;

        Window(int offset, int limit) {
            this.offset = offset;
            this.limit = limit;
        }

        void offer(T item) {
            if (seen++ >= offset && kept.size() < limit) {
                kept.add(item);
            }
        }
    }

    private List<Entry> entries(long runA, long runB, List<Summary[]> pairs, boolean rulesChanged) {
        List<Entry> entries = new ArrayList<>(pairs.size());
        for (int from = 0; from < pairs.size(); from += AssessmentRecords.PAGE_SIZE) {
            List<Summary[]> slice = pairs.subList(from, Math.min(pairs.size(), from + AssessmentRecords.PAGE_SIZE));
            List<String> usccs = slice.stream().map(p -> p[0].uscc()).toList();
            Map<String, StoredAssessment> resultsA = byUscc(records.findAll(runA, usccs));
            Map<String, StoredAssessment> resultsB = byUscc(records.findAll(runB, usccs));
            for (Summary[] pair : slice) {
                Set<Reason> reasons = EnumSet.noneOf(Reason.class);
                if (!pair[0].inputHash().equals(pair[1].inputHash())) {
                    reasons.add(Reason.INPUT_CHANGED);
                }
                if (rulesChanged) {
                    reasons.add(Reason.RULES_CHANGED);
                }
                String uscc = pair[0].uscc();
                entries.add(new Entry(uscc, reasons, summaryChanges(pair[0], pair[1]),
                        criteriaChanges(resultsA.get(uscc).assessment(), resultsB.get(uscc).assessment()), pair[1].name()));
            }
        }
        return entries;
    }

    private static List<Change> summaryChanges(Summary a, Summary b) {
        List<Change> changes = new ArrayList<>();
        if (!a.eligibleTier().equals(b.eligibleTier())) {
            changes.add(new Change("eligibleTier", a.eligibleTier(), b.eligibleTier()));
        }
        for (int i = 0; i < OUTCOME_NAMES.size(); i++) {
            if (!a.outcomes().get(i).equals(b.outcomes().get(i))) {
                changes.add(new Change(OUTCOME_NAMES.get(i), a.outcomes().get(i), b.outcomes().get(i)));
            }
        }
        for (int i = 0; i < SUBSIDY_NAMES.size(); i++) {
            BigDecimal x = a.amounts().get(i);
            BigDecimal y = b.amounts().get(i);
            if (x == null ? y != null : y == null || x.compareTo(y) != 0) {
                changes.add(new Change(SUBSIDY_NAMES.get(i), plain(x), plain(y)));
            }
        }
        return changes;
    }

    private static List<CriterionChange> criteriaChanges(Assessment a, Assessment b) {
        Map<String, CriterionResult> before = criteria(a);
        List<CriterionChange> changes = new ArrayList<>();
        for (ProgrammeResult programme : b.programmes()) {
            for (CriterionResult after : programme.criteria()) {
                CriterionResult old = before.get(programme.programme() + "/" + after.id());
                if (old == null || old.result() != after.result() || !Objects.equals(old.points(), after.points())) {
                    changes.add(new CriterionChange(programme.programme().name(), after.id(), after.clause(),
                            old == null ? null : old.result().name(), after.result().name(),
                            old == null ? null : old.actual(), after.actual(),
                            old == null ? null : old.points(), after.points(), after.description(),
                            after.descriptionEn()));
                }
            }
        }
        return changes;
    }

    private static Map<String, CriterionResult> criteria(Assessment assessment) {
        Map<String, CriterionResult> byKey = new LinkedHashMap<>();
        for (ProgrammeResult programme : assessment.programmes()) {
            for (CriterionResult criterion : programme.criteria()) {
                byKey.put(programme.programme() + "/" + criterion.id(), criterion);
            }
        }
        return byKey;
    }

    private static Map<String, StoredAssessment> byUscc(List<StoredAssessment> stored) {
        return stored.stream().collect(Collectors.toMap(StoredAssessment::uscc, Function.identity()));
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }

    /** Reads one run's summaries in USCC order, a page at a time. */
    private final class Cursor {
        private final long runId;
        private final Deque<Summary> buffer = new ArrayDeque<>();
        private String after = "";
        private boolean exhausted;

        Cursor(long runId) {
            this.runId = runId;
        }

        Summary peek() {
            if (buffer.isEmpty() && !exhausted) {
                List<Summary> page = records.page(runId, after,
                        "uscc, input_hash, eligible_tier, " + PROGRAMMES + ", " + SUBSIDIES + ", name", SUMMARY);
                exhausted = page.size() < AssessmentRecords.PAGE_SIZE;
                if (!page.isEmpty()) {
                    after = page.get(page.size() - 1).uscc();
                }
                buffer.addAll(page);
            }
            return buffer.peek();
        }

        Summary next() {
            Summary next = peek();
            buffer.poll();
            return next;
        }
    }
}
