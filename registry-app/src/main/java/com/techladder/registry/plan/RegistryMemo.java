package com.techladder.registry.plan;

import com.techladder.batch.importing.RegistryVersion;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The dashboard's registry-wide figures, remembered for the registry's version. They change only when an import merge
 * changes the registry, and every such merge advances {@link RegistryVersion} in its own transaction; each call reads
 * the version from the database, so a merge on any instance is seen by every instance at its next request. A figure
 * is never older than the version the request read: the version is read first, the figures after it.
 * <p>
 * Counting certified enterprises over every certificate and year takes seconds at 10^5 enterprises (docs/performance.md,
 * dashboard); a dashboard is read far more often than the registry changes. Figures that also depend on a
 * classification run name the run in their key: a completed run's assessments never change.
 */
@Component
class RegistryMemo {

    /** Keys per version: the dashboard's few figures for a handful of periods, years and days. */
    static final int MAX_ENTRIES = 256;

    private final RegistryVersion registryVersion;
    private final AtomicReference<Generation> generation = new AtomicReference<>(new Generation(-1));

    RegistryMemo(RegistryVersion registryVersion) {
        this.registryVersion = registryVersion;
    }

    /**
     * The figure named by {@code key} for the registry as it is now: remembered, or computed once (concurrent callers
     * of the same key wait for the one computation) and remembered.
     *
     * @param key the figure and every argument it depends on, e.g. {@code List.of("yearEnds", 2021, 2025)}
     */
    @SuppressWarnings("unchecked")
    <T> T get(List<?> key, Supplier<T> compute) {
        long version = registryVersion.current();
        Generation current = generation.updateAndGet(g -> g.version < version ? new Generation(version) : g);
        if (current.version != version || current.values.size() >= MAX_ENTRIES) {
            // a newer generation began while this request read an older version, or the figures asked for are not
            // the dashboard's few: answer without remembering
            return compute.get();
        }
        return (T) current.values.computeIfAbsent(key, k -> compute.get());
    }

    /** The version whose figures are remembered, -1 before the first call. */
    long rememberedVersion() {
        return generation.get().version;
    }

    private record Generation(long version, Map<List<?>, Object> values) {
        Generation(long version) {
            this(version, new ConcurrentHashMap<>());
        }
    }
}
