package com.techladder.batch.classification;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The JVM's CPU time by kind of thread (its name without digits: GC, compiler, the partitions…), read from Linux's
 * {@code /proc/self/task}: where a benchmark's process CPU goes beyond its own threads. Empty elsewhere. Ended threads
 * are missing, so take it over a span whose threads outlive it or say so.
 */
final class ThreadCpu {

    private ThreadCpu() {
    }

    /** Clock ticks of user + system time per kind of live thread. */
    static Map<String, Long> byKind() {
        Map<String, Long> ticks = new TreeMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return ticks;
        }
        try (Stream<Path> threads = Files.list(tasks)) {
            threads.forEach(task -> {
                try {
                    String kind = Files.readString(task.resolve("comm")).strip().replaceAll("[0-9#]+", "");
                    String stat = Files.readString(task.resolve("stat"));
                    // fields after the parenthesised name: state is 3rd, utime 14th, stime 15th
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks.merge(kind, Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
                } catch (IOException | RuntimeException ended) {
                    // the thread ended while being read
                }
            });
        } catch (IOException e) {
            return ticks;
        }
        return ticks;
    }

    /** Seconds of CPU per kind since {@code before}, largest first (clock ticks of 10 ms). */
    static String since(Map<String, Long> before) {
        StringBuilder text = new StringBuilder();
        byKind().entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> text.append(String.format("%s %.1f s; ", e.getKey(), e.getValue() / 100.0)));
        return text.toString();
    }
}
