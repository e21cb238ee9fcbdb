package com.techladder.registry.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The public self-check's latency while anonymous clients flood the login with HTTP Basic — random user names and
 * wrong passwords for a real one, each request from its own address ({@code X-Forwarded-For}, so the per-address limit
 * does not simply stop the flood) — at production BCrypt cost (10). Prints the self-check's median and 95th percentile
 * before and during the flood, and how many flood requests were answered. Excluded from the suite; run by hand:
 *
 * <pre>
 * mvn -o -q test -pl registry-app -am -Pbenchmark -Dtest=LoginFloodBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dflood.threads=16 -Dflood.seconds=20
 * </pre>
 */
@Tag("benchmark") // runs only with -Pbenchmark (root pom)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "server.forward-headers-strategy=native",
    "techladder.security.bcrypt-strength=10"
})
class LoginFloodBenchmark {

    private static final String SELF_CHECK = "{\"assessmentYear\":2025,\"records\":[{\"fiscalYear\":2024,"
            + "\"employees\":100,\"techStaff\":20,\"revenue\":3000,\"rdExpense\":200}]}";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void selfCheckLatencyUnderALoginFlood() throws Exception {
        jdbc.update("DELETE FROM app_user WHERE username = 'flood-target'");
        accounts.create("flood-target", "flood-target-password", Role.STAFF, null);
        int threads = Integer.getInteger("flood.threads", 8);
        int seconds = Integer.getInteger("flood.seconds", 10);

        selfCheckMillis(10); // warm-up
        List<Double> quiet = selfCheckMillis(40);
        AtomicBoolean flooding = new AtomicBoolean(true);
        AtomicLong answered = new AtomicLong();
        ExecutorService flood = Executors.newFixedThreadPool(threads);
        for (int i = 0; i < threads; i++) {
            flood.submit(() -> {
                while (flooding.get()) {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    String user = random.nextBoolean() ? "flood-target" : "nobody-" + random.nextLong();
                    send(HttpRequest.newBuilder(uri("/api/v1/imports/1"))
                            .header("Authorization", basic(user, "guess-" + random.nextLong()))
                            .header("X-Forwarded-For", "198.18." + random.nextInt(256) + "." + random.nextInt(256))
                            .build());
                    answered.incrementAndGet();
                }
                return null;
            });
        }
        Thread.sleep(1000);
        long start = System.nanoTime();
        List<Double> flooded = new ArrayList<>();
        while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(seconds)) {
            flooded.addAll(selfCheckMillis(5));
        }
        flooding.set(false);
        flood.shutdown();
        flood.awaitTermination(30, TimeUnit.SECONDS);
        System.out.printf("LoginFloodBenchmark: %d flood threads, %d s, %d login requests answered (%.0f/s)%n",
                threads, seconds, answered.get(), answered.get() / (double) (seconds + 1));
        System.out.printf("LoginFloodBenchmark: self-check quiet   median %.1f ms, p95 %.1f ms (n=%d)%n",
                percentile(quiet, 50), percentile(quiet, 95), quiet.size());
        System.out.printf("LoginFloodBenchmark: self-check flooded median %.1f ms, p95 %.1f ms (n=%d)%n",
                percentile(flooded, 50), percentile(flooded, 95), flooded.size());
    }

    private List<Double> selfCheckMillis(int times) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            int status = send(HttpRequest.newBuilder(uri("/api/v1/self-check"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(SELF_CHECK)).build());
            if (status != 200) {
                throw new IllegalStateException("self-check answered " + status);
            }
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return millis;
    }

    private int send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static double percentile(List<Double> values, int percentile) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percentile / 100));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
