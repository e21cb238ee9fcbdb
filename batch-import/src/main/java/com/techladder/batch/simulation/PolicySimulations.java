package com.techladder.batch.simulation;

import com.techladder.batch.text.Message;
import com.techladder.batch.lease.Heartbeat;
import com.techladder.rules.engine.PolicyEngine;
import com.techladder.rules.engine.PolicyEngines;
import com.techladder.rules.parameter.ParameterSet;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Policy simulations and budget forecasts (issue 14): the whole registry, or a filtered part, evaluated under two
 * parameter sets side by side, storing nothing as an assessment; the figures are kept in the tables of V12.
 * <p>
 * A request is stored at once (RUNNING, progress 0) and computed in the background, one at a time per instance (a
 * queue: a policy officer's simulation is an occasional, whole-registry job that takes both cores). Each instance
 * computes only what it created and writes only those rows, so instances sharing the database never meet. The
 * instance renews its simulations' heartbeat; a RUNNING simulation whose heartbeat stopped for {@link #LEASE} belongs
 * to a dead instance and is marked FAILED — at start-up and at every beat of any live instance.
 */
@Service
public class PolicySimulations implements SmartLifecycle {

    /** How long a simulation lives without a heartbeat; a chunk takes well under a second, a beat comes every 5 s. */
    static final Duration LEASE = Duration.ofSeconds(60);
    private static final Duration BEAT = Duration.ofSeconds(5);
    static final String DEAD = Message.of("simulation.failed.dead").stored();

    private final JdbcTemplate jdbc;
    private final SimulationStore store;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Set<Long> computingHere = ConcurrentHashMap.newKeySet();
    private ExecutorService queue;
    private ExecutorService evaluators;
    private Heartbeat heartbeat;

    @Autowired
    PolicySimulations(JdbcTemplate jdbc, SimulationStore store, PlatformTransactionManager transactions) {
        this(jdbc, store, new TransactionTemplate(transactions), Clock.systemDefaultZone());
    }

    PolicySimulations(JdbcTemplate jdbc, SimulationStore store, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Starts comparing {@code draft} with {@code baseline} for {@code assessmentYear}; answers the simulation's id at
     * once. The draft's id is kept with it so that a decision can cite it.
     */
    public long simulate(long draftId, ParameterSet baseline, ParameterSet draft, int assessmentYear,
            SimulationFilter filter, String requestedBy) {
        PolicyEngine before = PolicyEngines.of(baseline);
        PolicyEngine after = PolicyEngines.of(draft);
        long id = store.create(SimulationKind.SIMULATION, draftId, before.rulesetVersion(), after.rulesetVersion(),
                assessmentYear, filter == null ? SimulationFilter.NONE : filter, requestedBy, LocalDateTime.now(clock));
        submit(new SimulationRun.Plan(id, before, after, assessmentYear, null,
                filter == null ? SimulationFilter.NONE : filter));
        return id;
    }

    /**
     * Starts a budget forecast (预算测算) for {@code year}: each enterprise's latest figures on record stand for the
     * year before {@code year} (moved forward when older), evaluated under {@code current}; answers its id at once.
     */
    public long forecast(ParameterSet current, int year, String requestedBy) {
        PolicyEngine engine = PolicyEngines.of(current);
        Integer latest = jdbc.queryForObject("SELECT MAX(fiscal_year) FROM accounting_year", Integer.class);
        int figuresYear = latest == null ? year - 1 : Math.min(latest, year - 1);
        long id = store.create(SimulationKind.BUDGET_FORECAST, null, engine.rulesetVersion(), engine.rulesetVersion(),
                year, SimulationFilter.NONE, requestedBy, LocalDateTime.now(clock));
        store.setTotal(id, 0, figuresYear);
        submit(new SimulationRun.Plan(id, engine, engine, year, figuresYear, SimulationFilter.NONE));
        return id;
    }

    public Optional<Simulation> find(long id) {
        return store.find(id);
    }

    /** The differences in order, {@code limit} from {@code offset}. */
    public List<ChangedItem> changes(long id, int offset, int limit) {
        return store.changes(id, offset, limit);
    }

    public int countChanges(long id) {
        return store.countChanges(id);
    }

    /** The latest simulations of a draft (all drafts when null), or forecasts, newest first. */
    public List<Simulation> recent(SimulationKind kind, Long draftId, int limit) {
        return store.recent(kind, draftId, limit);
    }

    /** Waits until the simulation has ended (tests and benchmarks); answers it as it ended. */
    public Simulation awaitEnd(long id, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Simulation s = store.find(id).orElseThrow();
            if (s.status() != SimulationStatus.RUNNING) {
                return s;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("simulation " + id + " still running after " + timeout);
            }
            Thread.sleep(50);
        }
    }

    private synchronized void submit(SimulationRun.Plan plan) {
        if (queue == null) {
            store.fail(plan.id(), Message.of("simulation.failed.stopping").stored(), LocalDateTime.now(clock));
            return;
        }
        computingHere.add(plan.id());
        queue.execute(() -> {
            try {
                new SimulationRun(plan, jdbc, store, transaction, evaluators, clock).run();
            } finally {
                computingHere.remove(plan.id());
            }
        });
    }

    /** Renews this instance's simulations and fails those no live instance renews any more. */
    void beat() {
        LocalDateTime now = LocalDateTime.now(clock);
        store.beat(List.copyOf(computingHere), now);
        store.failStale(now.minus(LEASE), DEAD, now);
    }

    @Override
    public synchronized void start() {
        queue = Executors.newSingleThreadExecutor(daemon("policy-simulation"));
        // two evaluation threads: the machine's two cores; the queue thread reads the next chunk meanwhile
        evaluators = Executors.newFixedThreadPool(2, daemon("policy-simulation-eval"));
        heartbeat = new Heartbeat("policy-simulation-heartbeat", BEAT) {
            @Override
            public void beat() {
                PolicySimulations.this.beat();
            }
        };
        heartbeat.start();
    }

    @Override
    public synchronized void stop() {
        heartbeat.stop();
        queue.shutdownNow();
        evaluators.shutdownNow();
        queue = null;
        heartbeat = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return queue != null;
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
