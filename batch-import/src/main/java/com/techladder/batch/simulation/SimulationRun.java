package com.techladder.batch.simulation;

import com.techladder.batch.text.Message;
import com.techladder.batch.classification.EnterpriseProfileReader;
import com.techladder.rules.engine.PolicyEngine;
import com.techladder.rules.model.AccountingYear;
import com.techladder.rules.model.EnterpriseProfile;
import com.techladder.rules.result.Assessment;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes one simulation: streams the registry a chunk at a time through the classification job's reader, has the
 * evaluation threads assess each chunk under both engines (one {@code evaluateAll} per engine and half-chunk, never
 * one per enterprise) while the next chunk is read, and adds up the figures. Writes only its own simulation's rows.
 */
final class SimulationRun implements Runnable {

    /** Enterprises per evaluateAll: large enough for Drools' batch gain, small enough that a chunk's results are a few MB. */
    static final int CHUNK = 1000;
    /** The highest USCC: the reader's range is (after, upTo]. */
    private static final String AFTER_ALL = "ZZZZZZZZZZZZZZZZZZ";

    /** What to evaluate: the two engines (the same one for a forecast), the years, the filter. */
    record Plan(long id, PolicyEngine baseline, PolicyEngine draft, int assessmentYear, Integer figuresYear,
            SimulationFilter filter) {

        boolean forecast() {
            return figuresYear != null;
        }

        /** How many years a forecast moves the figures forward: the latest on record stand for the year before Y. */
        int shift() {
            return forecast() ? assessmentYear - 1 - figuresYear : 0;
        }
    }

    private final Plan plan;
    private final JdbcTemplate jdbc;
    private final SimulationStore store;
    private final TransactionTemplate transaction;
    private final ExecutorService evaluators;
    private final Clock clock;
    /** Enterprises read so far, kept by the filter or not: the progress. */
    private int read;

    SimulationRun(Plan plan, JdbcTemplate jdbc, SimulationStore store, TransactionTemplate transaction,
            ExecutorService evaluators, Clock clock) {
        this.plan = plan;
        this.jdbc = jdbc;
        this.store = store;
        this.transaction = transaction;
        this.evaluators = evaluators;
        this.clock = clock;
    }

    @Override
    public void run() {
        try {
            compute();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            store.fail(plan.id(), Message.of("simulation.failed.interrupted").stored(), LocalDateTime.now(clock));
        } catch (RuntimeException | ExecutionException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            store.fail(plan.id(), Message.of("simulation.failed.error", cause).stored(), LocalDateTime.now(clock));
        }
    }

    private void compute() throws InterruptedException, ExecutionException {
        int total = jdbc.queryForObject("SELECT COUNT(*) FROM enterprise", Integer.class);
        store.setTotal(plan.id(), total, plan.figuresYear());
        int readYear = plan.assessmentYear() - plan.shift();
        // every year either engine reads: a draft may lengthen a window or a ban
        int firstYear = Math.min(plan.baseline().firstFiscalYearRead(plan.assessmentYear()),
                plan.draft().firstFiscalYearRead(plan.assessmentYear())) - plan.shift();
        EnterpriseProfileReader reader = new EnterpriseProfileReader(jdbc, "", AFTER_ALL, firstYear, readYear, CHUNK);
        SimulationTally tally = new SimulationTally(plan.filter());
        int seq = 0;
        List<EnterpriseProfile> chunk = read(reader);
        while (!chunk.isEmpty()) {
            Evaluation evaluation = new Evaluation(chunk);
            List<EnterpriseProfile> next = read(reader);
            List<ChangedItem> changes = evaluation.tally(tally);
            if (!changes.isEmpty()) {
                store.appendChanges(plan.id(), seq, changes);
                seq += changes.size();
            }
            store.progress(plan.id(), read, tally.compared(), tally.changedEnterprises(), LocalDateTime.now(clock));
            chunk = next;
        }
        transaction.executeWithoutResult(status -> store.complete(plan.id(), tally, read, LocalDateTime.now(clock)));
    }

    /** The next chunk the filter keeps (a forecast's figures moved forward), empty at the end of the registry. */
    private List<EnterpriseProfile> read(EnterpriseProfileReader reader) {
        List<EnterpriseProfile> chunk = new ArrayList<>(CHUNK);
        while (chunk.size() < CHUNK) {
            EnterpriseProfile p = reader.read();
            if (p == null) {
                break;
            }
            read++;
            EnterpriseProfile profile = plan.shift() == 0 ? p : shifted(p, plan.shift());
            if (plan.filter().keeps(profile, plan.assessmentYear())) {
                chunk.add(profile);
            }
        }
        return chunk;
    }

    /** The profile with every accounting year {@code years} later; identity and certificates as on record. */
    static EnterpriseProfile shifted(EnterpriseProfile p, int years) {
        List<AccountingYear> moved = new ArrayList<>(p.years().size());
        for (AccountingYear y : p.years()) {
            moved.add(y.toBuilder().fiscalYear(y.fiscalYear() + years).build());
        }
        return new EnterpriseProfile(p.uscc(), p.name(), p.district(), p.inHitechZone(), p.establishedOn(), moved,
                p.certificates());
    }

    /** One chunk under evaluation on the evaluation threads: each engine on each half, so both cores work. */
    private final class Evaluation {
        private final List<EnterpriseProfile> chunk;
        private final List<Future<List<Assessment>>> baseline = new ArrayList<>(2);
        private final List<Future<List<Assessment>>> draft = new ArrayList<>(2);

        Evaluation(List<EnterpriseProfile> chunk) {
            this.chunk = chunk;
            int half = (chunk.size() + 1) / 2;
            for (List<EnterpriseProfile> part : List.of(chunk.subList(0, half), chunk.subList(half, chunk.size()))) {
                if (part.isEmpty()) {
                    continue;
                }
                baseline.add(evaluators.submit(() -> plan.baseline().evaluateAll(plan.assessmentYear(), part)));
                if (!plan.forecast()) {
                    draft.add(evaluators.submit(() -> plan.draft().evaluateAll(plan.assessmentYear(), part)));
                }
            }
        }

        List<ChangedItem> tally(SimulationTally tally) throws InterruptedException, ExecutionException {
            List<Assessment> before = joined(baseline);
            List<Assessment> after = plan.forecast() ? before : joined(draft);
            List<ChangedItem> changes = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                changes.addAll(tally.add(chunk.get(i), before.get(i), after.get(i)));
            }
            return changes;
        }

        private List<Assessment> joined(List<Future<List<Assessment>>> parts)
                throws InterruptedException, ExecutionException {
            List<Assessment> all = new ArrayList<>(chunk.size());
            for (Future<List<Assessment>> part : parts) {
                all.addAll(part.get());
            }
            return all;
        }
    }
}
