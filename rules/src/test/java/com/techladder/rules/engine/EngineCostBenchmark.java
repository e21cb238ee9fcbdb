package com.techladder.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.techladder.rules.benchmark.EnterpriseGenerator;
import com.techladder.rules.explain.CriterionCatalogue;
import com.techladder.rules.explain.YearCriteria;
import com.techladder.rules.facts.ReferenceDays;
import com.techladder.rules.model.EnterpriseProfile;
import com.techladder.rules.parameter.ParameterFiles;
import com.techladder.rules.parameter.YearParameters;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.drools.commands.runtime.rule.FireAllRulesCommand;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.command.Command;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.command.CommandFactory;

/**
 * Where one evaluation's cost goes, on one thread, per enterprise: deriving the facts, Drools matching them (the same
 * session with every match filtered out, so no consequence runs), the rules' consequences (a full session minus the
 * matching), and assembling the results. CPU time of the thread and bytes it allocated — the bytes are exact and
 * repeatable, so they compare two versions of the rules even on a busy machine; the CPU times need a quiet one.
 * Run with {@code mvn -o -q -pl rules test -Pbenchmark -Dtest=EngineCostBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dbenchmark.enterprises=…} to vary it; docs/performance.md).
 */
@Tag("benchmark") // runs only with -Pbenchmark (root pom)
class EngineCostBenchmark {

    private static final int YEAR = 2025;
    private static final int BATCH = 2_000;

    /** CPU nanoseconds and bytes of one phase, summed over the enterprises of a round. */
    private static final class Phase {
        long nanos;
        long bytes;

        String perEnterprise(int n) {
            return String.format("%6.2f µs %,7d B", nanos / 1e3 / n, bytes / n);
        }
    }

    private static final com.sun.management.ThreadMXBean THREAD =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Test
    void costPerEnterpriseByPhase() {
        int total = Integer.getInteger("benchmark.enterprises", 200_000);
        KieBase base = KieServices.get().getKieClasspathContainer().getKieBase(DroolsPolicyEngine.KIE_BASE);
        YearParameters params = ParameterFiles.load().forYear(YEAR);
        ReferenceDays days = ReferenceDays.of(params, null);
        YearCriteria criteria = new YearCriteria(CriterionCatalogue.standard(), params);
        EnterpriseGenerator generator = new EnterpriseGenerator(7);
        System.out.printf("EngineCostBenchmark: %,d enterprises per round, sessions of %d, one thread%n", total,
                DroolsPolicyEngine.PER_SESSION);
        for (int round = 1; round <= 3; round++) { // round 1 warms the JIT up
            Phase facts = new Phase();
            Phase matching = new Phase();
            Phase full = new Phase();
            Phase results = new Phase();
            for (int done = 0; done < total; done += BATCH) {
                List<EnterpriseProfile> batch = generator.batch(BATCH, YEAR);
                for (int from = 0; from < BATCH; from += DroolsPolicyEngine.PER_SESSION) {
                    long t0 = THREAD.getCurrentThreadCpuTime();
                    long b0 = THREAD.getCurrentThreadAllocatedBytes();
                    List<EnterpriseCase> cases = new ArrayList<>();
                    List<Object> inserted = new ArrayList<>();
                    for (EnterpriseProfile p : batch.subList(from, from + DroolsPolicyEngine.PER_SESSION)) {
                        EnterpriseCase c = new EnterpriseCase(p, YEAR, days, criteria, 3, 3);
                        cases.add(c);
                        c.insertInto(inserted);
                    }
                    long t1 = THREAD.getCurrentThreadCpuTime();
                    long b1 = THREAD.getCurrentThreadAllocatedBytes();
                    List<Command<?>> matchOnly = List.of(CommandFactory.newInsertElements(inserted),
                            new FireAllRulesCommand(match -> false));
                    base.newStatelessKieSession().execute(CommandFactory.newBatchExecution(matchOnly));
                    long t2 = THREAD.getCurrentThreadCpuTime();
                    long b2 = THREAD.getCurrentThreadAllocatedBytes();
                    base.newStatelessKieSession().execute(inserted);
                    long t3 = THREAD.getCurrentThreadCpuTime();
                    long b3 = THREAD.getCurrentThreadAllocatedBytes();
                    for (EnterpriseCase c : cases) {
                        assertThat(c.toAssessment("v")).isNotNull();
                    }
                    long t4 = THREAD.getCurrentThreadCpuTime();
                    long b4 = THREAD.getCurrentThreadAllocatedBytes();
                    add(facts, t1 - t0, b1 - b0);
                    add(matching, t2 - t1, b2 - b1);
                    add(full, t3 - t2, b3 - b2);
                    add(results, t4 - t3, b4 - b3);
                }
            }
            Phase consequences = new Phase();
            add(consequences, full.nanos - matching.nanos, full.bytes - matching.bytes);
            Phase all = new Phase();
            add(all, facts.nanos + full.nanos + results.nanos, facts.bytes + full.bytes + results.bytes);
            System.out.printf("  round %d per enterprise: facts %s | Drools matching %s | consequences %s | results %s"
                    + " | all %s%n", round, facts.perEnterprise(total), matching.perEnterprise(total),
                    consequences.perEnterprise(total), results.perEnterprise(total), all.perEnterprise(total));
        }
        System.out.printf("  rule activations per enterprise: %.2f%n", activationsPerEnterprise(base, days, criteria));
    }

    /** How many rules fire per enterprise, counted on one batch outside the timed rounds. */
    private static double activationsPerEnterprise(KieBase base, ReferenceDays days, YearCriteria criteria) {
        List<Object> inserted = new ArrayList<>();
        for (EnterpriseProfile p : new EnterpriseGenerator(11).batch(BATCH, YEAR)) {
            new EnterpriseCase(p, YEAR, days, criteria, 3, 3).insertInto(inserted);
        }
        AtomicInteger fired = new AtomicInteger();
        StatelessKieSession session = base.newStatelessKieSession();
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.incrementAndGet();
            }
        });
        session.execute(inserted);
        assertThat(fired.get()).isPositive();
        return fired.get() / (double) BATCH;
    }

    private static void add(Phase phase, long nanos, long bytes) {
        phase.nanos += nanos;
        phase.bytes += bytes;
    }
}
