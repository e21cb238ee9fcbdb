package com.techladder.rules.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.techladder.rules.engine.PolicyEngine;
import com.techladder.rules.engine.PolicyEngines;
import com.techladder.rules.model.EnterpriseProfile;
import com.techladder.rules.result.Assessment;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * 1,000,000 generated enterprises (three accounting years each) through {@link PolicyEngine#evaluateAll} in batches on two
 * threads — all four programmes and the subsidies with every criterion explained — next to the plain-Java 科小 point
 * tables as the yardstick. Excluded from the normal suite; run with
 * {@code mvn -o -q -pl rules test -Dtest=RulesBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dbenchmark.enterprises=…} and {@code -Dbenchmark.batch=…} to vary it).
 */
class RulesBenchmark {

    private static final int YEAR = 2025;
    private static final int THREADS = 2;

    @Test
    void enterprisesPerSecond() throws Exception {
        int total = Integer.getInteger("benchmark.enterprises", 1_000_000);
        int batch = Integer.getInteger("benchmark.batch", 2_000);
        PolicyEngine engine = PolicyEngines.standard();
        engine.evaluateAll(YEAR, new EnterpriseGenerator(1).batch(batch, YEAR)); // KieBase built, JIT warmed a little

        double generation = run(total, batch, (list, sink) -> sink.addAndGet(list.size()));
        double generationCpu = lastCpuSeconds;
        double plain = run(total, batch, (list, sink) -> {
            long sum = 0;
            for (EnterpriseProfile p : list) {
                sum += PlainTechSmeScore.score(p, YEAR);
            }
            sink.addAndGet(list.size() + (sum == Long.MIN_VALUE ? 1 : 0));
        });
        double plainCpu = lastCpuSeconds;
        double drools = run(total, batch, (list, sink) -> {
            List<Assessment> results = engine.evaluateAll(YEAR, list);
            sink.addAndGet(results.size());
        });
        double droolsCpu = lastCpuSeconds;
        double plainNet = net(total, plain, generation);
        double droolsNet = net(total, drools, generation);
        System.out.printf("RulesBenchmark: %,d enterprises, batches of %,d, %d threads%n", total, batch, THREADS);
        System.out.printf("  generating profiles only        %,12.0f enterprises/s%n", total / generation);
        System.out.printf("  plain Java, TECH_SME points     %,12.0f enterprises/s (without generation %,.0f/s)%n",
                total / plain, plainNet);
        System.out.printf("  Drools engine, all programmes   %,12.0f enterprises/s (without generation %,.0f/s)%n",
                total / drools, droolsNet);
        System.out.printf("  ratio plain Java / Drools       %12.1f× (without generation %.1f×)%n",
                drools / plain, plainNet / droolsNet);
        // CPU-based figures: what two otherwise idle cores would do (the worker threads' CPU time shared by two cores)
        double plainPerCpu = total / ((plainCpu - generationCpu) / THREADS);
        double droolsPerCpu = total / ((droolsCpu - generationCpu) / THREADS);
        System.out.printf("  by CPU time on 2 cores: plain %,.0f/s, Drools %,.0f/s, ratio %.1f×%n",
                plainPerCpu, droolsPerCpu, plainPerCpu / droolsPerCpu);
        assertThat(total / drools).as("enterprises per second, all programmes + subsidies").isGreaterThan(0);
    }

    interface Work {
        void accept(List<EnterpriseProfile> batch, AtomicLong sink);
    }

    /** CPU seconds the worker threads spent in the last {@link #run}: machines shared with other builds inflate wall time. */
    private static final AtomicLong CPU_NANOS = new AtomicLong();

    /** Seconds to push {@code total} enterprises through {@code work} in batches on two threads. */
    private static double run(int total, int batch, Work work) throws Exception {
        AtomicLong done = new AtomicLong();
        CPU_NANOS.set(0);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long start = System.nanoTime();
        try {
            Future<?>[] futures = new Future<?>[THREADS];
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                futures[t] = pool.submit(() -> {
                    long cpu = mx.getCurrentThreadCpuTime();
                    EnterpriseGenerator generator = new EnterpriseGenerator(42 + thread);
                    for (int n = thread * batch; n < total; n += THREADS * batch) {
                        work.accept(generator.batch(Math.min(batch, total - n), YEAR), done);
                    }
                    CPU_NANOS.addAndGet(mx.getCurrentThreadCpuTime() - cpu);
                    return null;
                });
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(done.get()).isEqualTo(total);
        double wall = (System.nanoTime() - start) / 1e9;
        System.out.printf("    (%,d enterprises: wall %.1f s, worker CPU %.1f s)%n", total, wall, CPU_NANOS.get() / 1e9);
        lastCpuSeconds = CPU_NANOS.get() / 1e9;
        return wall;
    }

    private static double lastCpuSeconds;

    private static double net(int total, double seconds, double generationSeconds) {
        return total / Math.max(1e-9, seconds - generationSeconds);
    }
}
