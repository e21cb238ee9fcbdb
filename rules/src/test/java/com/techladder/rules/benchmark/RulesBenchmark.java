package com.techladder.rules.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.techladder.rules.engine.PolicyEngine;
import com.techladder.rules.engine.PolicyEngines;
import com.techladder.rules.model.EnterpriseProfile;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 1,000,000 generated enterprises (three accounting years each) through {@link PolicyEngine#evaluateAll} in batches on two
 * threads — all four programmes and the subsidies with every criterion explained — next to the plain-Java 科小 point
 * tables as the yardstick. Excluded from the normal suite; run with
 * {@code mvn -o -q -pl rules test -Pbenchmark -Dtest=RulesBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dbenchmark.enterprises=…} and {@code -Dbenchmark.batch=…} to vary it).
 *
 * <p>Profiles are generated batch by batch outside the timed part. Three figures are printed per contender: wall-clock
 * throughput of the timed part (what this machine gave, shared as it may be with other builds), and throughput by CPU
 * time — of the two worker threads, and of the whole process (adding garbage collection and JIT) — divided by two
 * cores, which is what two otherwise idle cores would do.
 */
@Tag("benchmark") // runs only with -Pbenchmark (root pom)
class RulesBenchmark {

    private static final int YEAR = 2025;
    private static final int THREADS = 2;

    record Figures(double wallSeconds, double workerCpuSeconds, double processCpuSeconds) {

        double perSecondWall(int total) {
            return total / wallSeconds;
        }

        double perSecondWorkerCpu(int total) {
            return total / (workerCpuSeconds / THREADS);
        }

        double perSecondProcessCpu(int total) {
            return total / (processCpuSeconds / THREADS);
        }
    }

    @Test
    void enterprisesPerSecond() throws Exception {
        int total = Integer.getInteger("benchmark.enterprises", 1_000_000);
        int batch = Integer.getInteger("benchmark.batch", 2_000);
        PolicyEngine engine = PolicyEngines.standard();

        ToLongFunction<List<EnterpriseProfile>> plain = list -> {
            long sum = 0;
            for (EnterpriseProfile p : list) {
                sum += PlainTechSmeScore.score(p, YEAR);
            }
            return sum;
        };
        ToLongFunction<List<EnterpriseProfile>> drools = list -> engine.evaluateAll(YEAR, list).size();

        // warm-up: the JIT compiles the generator, the yardstick and the rule consequences before anything is timed
        run(Math.min(total, 100_000), batch, plain);
        run(Math.min(total, 100_000), batch, drools);

        Figures p = run(total, batch, plain);
        Figures d = run(total, batch, drools);
        System.out.printf("RulesBenchmark: %,d enterprises (3 accounting years each), batches of %,d, %d threads%n",
                total, batch, THREADS);
        print("plain Java, TECH_SME point tables", total, p);
        print("Drools engine, all programmes + subsidies", total, d);
        System.out.printf("  ratio plain / Drools: wall %.1f×, worker CPU %.1f×, process CPU %.1f×%n",
                p.perSecondWall(total) / d.perSecondWall(total),
                p.perSecondWorkerCpu(total) / d.perSecondWorkerCpu(total),
                p.perSecondProcessCpu(total) / d.perSecondProcessCpu(total));
        System.out.printf("  system load average at the end: %.1f on %d cores%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        assertThat(d.perSecondWall(total)).isPositive();
    }

    private static void print(String what, int total, Figures f) {
        System.out.printf("  %-42s wall %,10.0f/s | by worker CPU %,10.0f/s | by process CPU %,10.0f/s%n", what,
                f.perSecondWall(total), f.perSecondWorkerCpu(total), f.perSecondProcessCpu(total));
    }

    /** Pushes {@code total} generated enterprises through {@code work} on two threads; only {@code work} is timed. */
    private static Figures run(int total, int batch, ToLongFunction<List<EnterpriseProfile>> work) throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        AtomicLong workerCpu = new AtomicLong();
        AtomicLong wallMax = new AtomicLong();
        AtomicLong done = new AtomicLong();
        AtomicLong generationCpu = new AtomicLong();
        long processBefore = os.getProcessCpuTime();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            Future<?>[] futures = new Future<?>[THREADS];
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                futures[t] = pool.submit(() -> {
                    EnterpriseGenerator generator = new EnterpriseGenerator(42 + thread);
                    long wall = 0;
                    long cpu = 0;
                    long genCpu = 0;
                    long sink = 0;
                    for (int n = thread * batch; n < total; n += THREADS * batch) {
                        long g0 = mx.getCurrentThreadCpuTime();
                        List<EnterpriseProfile> list = generator.batch(Math.min(batch, total - n), YEAR);
                        long c0 = mx.getCurrentThreadCpuTime();
                        long w0 = System.nanoTime();
                        sink += work.applyAsLong(list);
                        wall += System.nanoTime() - w0;
                        cpu += mx.getCurrentThreadCpuTime() - c0;
                        genCpu += c0 - g0;
                        done.addAndGet(list.size());
                    }
                    workerCpu.addAndGet(cpu);
                    generationCpu.addAndGet(genCpu);
                    wallMax.accumulateAndGet(wall, Math::max);
                    return sink;
                });
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(done.get()).isEqualTo(total);
        long processCpu = os.getProcessCpuTime() - processBefore - generationCpu.get();
        return new Figures(wallMax.get() / 1e9, workerCpu.get() / 1e9, processCpu / 1e9);
    }
}
