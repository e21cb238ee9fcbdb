package com.techladder.registry.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.ClassUtils;

import com.techladder.registry.RegistryApplication;
import com.techladder.registry.security.Role;
import com.techladder.registry.security.UserAccounts;
import com.techladder.batch.CleanPostgresSchema;
import com.techladder.batch.DatabaseSpecific;
import com.techladder.registry.testing.RegistryFixtures;

/**
 * Two instances of the application on this machine (loopback, random ports) on one PostgreSQL database, as behind a
 * round-robin proxy (docs/operations.md): requests alternate between the two ports with the same cookie. A signed-in
 * user stays signed in on both (sessions in the database), failed logins count across both, and when both fire the
 * nightly classification at once, one run starts. One import merge at a time across instances is
 * {@code ImportLineageTest.aMergeWaitsWhileAnotherHoldsTheMergeLock} (batch-import): the merge locks a database row.
 *
 * <p>PostgreSQL only ({@code mvn -Ppostgres}, database from {@code TEST_PG_URL}): the instances share the schema
 * {@code multi_instance}, created afresh.
 */
@DatabaseSpecific
@EnabledIfSystemProperty(named = "spring.profiles.active", matches = "postgres-test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MultiInstanceTest {

    private static final String SCHEMA = "multi_instance";
    private static final String URL = CleanPostgresSchema.url();
    private static final String USER = "multi-staff";
    private static final String PASSWORD = "multi-staff-password";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final int ENTERPRISES = 1500;

    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    private final List<Integer> ports = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private JdbcTemplate jdbc;

    @BeforeAll
    void twoInstancesOnOneDatabase() throws Exception {
        try (Connection connection = DriverManager.getConnection(URL, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            statement.execute("CREATE SCHEMA " + SCHEMA);
        }
        // one after the other: the first migrates the schema and creates the administrator
        for (int i = 0; i < 2; i++) {
            ConfigurableApplicationContext app = new SpringApplicationBuilder(RegistryApplication.class).run(
                    "--spring.profiles.active=postgres",
                    "--spring.datasource.url=" + URL, "--spring.datasource.username=postgres",
                    "--spring.datasource.password=",
                    "--spring.datasource.hikari.schema=" + SCHEMA, "--spring.flyway.schemas=" + SCHEMA,
                    "--server.address=127.0.0.1", "--server.port=0",
                    // behind the proxy: the client's address comes from X-Forwarded-For
                    "--server.forward-headers-strategy=native",
                    "--techladder.admin.initial-password=multi-instance-admin",
                    "--techladder.security.bcrypt-strength=4",
                    "--techladder.import.staging-dir=target/multi-instance-imports",
                    // the test fires the nightly classification itself, on both at once; the schedule's own (once a
                    // year) stays out of the way
                    "--techladder.classification.cron=0 0 2 1 1 *",
                    "--techladder.classification.assessment-year=2025");
            instances.add(app);
            ports.add(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
        }
        jdbc = instances.get(0).getBean(JdbcTemplate.class);
        instances.get(0).getBean(UserAccounts.class).create(USER, PASSWORD, Role.STAFF, null);
    }

    @AfterAll
    void stop() {
        instances.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void aSignedInUserStaysSignedInOnBothInstances() throws Exception {
        String cookie = signIn(0);
        for (int i = 0; i < 6; i++) {
            int instance = i % 2;
            HttpResponse<String> page = send(instance, HttpRequest.newBuilder(uri(instance, "/console"))
                    .header("Cookie", cookie));
            assertThat(page.statusCode()).as("request %d on instance %d", i, instance).isEqualTo(200);
            assertThat(page.body()).contains(USER);
        }
        HttpResponse<String> logout = send(1, HttpRequest.newBuilder(uri(1, "/logout")).header("Cookie", cookie)
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrfToken(0, cookie))));
        assertThat(logout.headers().firstValue("Location")).as("%s %s", logout.statusCode(), logout.body())
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?logout"));
        HttpResponse<String> after = send(0, HttpRequest.newBuilder(uri(0, "/console")).header("Cookie", cookie));
        assertThat(after.statusCode()).as("signed out on the other instance too").isEqualTo(302);
    }

    @Test
    void failedLoginsCountAcrossInstances() throws Exception {
        String username = "multi-locked";
        instances.get(0).getBean(UserAccounts.class).create(username, PASSWORD, Role.STAFF, null);
        for (int i = 0; i < 10; i++) {
            assertThat(basic(i % 2, username, "wrong-" + i, "203.0.113." + i).statusCode()).isEqualTo(401);
        }
        assertThat(basic(0, username, PASSWORD, "203.0.113.100").statusCode()).as("locked on one").isEqualTo(401);
        assertThat(basic(1, username, PASSWORD, "203.0.113.101").statusCode()).as("and the other").isEqualTo(401);

        String address = "203.0.113.200";
        for (int i = 0; i < 5; i++) {
            assertThat(basic(i % 2, "someone", "guess", address).statusCode()).isEqualTo(401);
        }
        assertThat(basic(1, "someone", "guess", address).statusCode()).as("address limit on one").isEqualTo(429);
        assertThat(basic(0, USER, PASSWORD, address).statusCode()).as("and the other").isEqualTo(429);
    }

    /** Every instance fires the nightly classification at the same moment: one run, the other steps aside. */
    @Test
    void bothInstancesFiringTheNightlyRunStartOneRun() throws Exception {
        registryOf(ENTERPRISES);
        long before = nightlyRuns();
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> fired = new ArrayList<>();
            for (ConfigurableApplicationContext app : instances) {
                Object nightly = app.getBean("nightlyClassification");
                Method fire = ClassUtils.getUserClass(nightly).getDeclaredMethod("classifyTonight");
                fire.setAccessible(true);
                fired.add(threads.submit(() -> {
                    together.await();
                    return fire.invoke(nightly);
                }));
            }
            for (Future<Object> f : fired) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdown();
        }
        assertThat(nightlyRuns() - before).isEqualTo(1);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (jdbc.queryForObject("SELECT COUNT(*) FROM classification_run WHERE status = 'STARTED'", Long.class) > 0) {
            assertThat(System.nanoTime()).as("the run ends").isLessThan(deadline);
            Thread.sleep(200);
        }
        assertThat(jdbc.queryForObject("SELECT status FROM classification_run WHERE run_trigger = 'NIGHTLY'"
                + " ORDER BY id DESC LIMIT 1", String.class)).isEqualTo("COMPLETED");
        assertThat(nightlyRuns() - before).as("and no second run after the first ended").isEqualTo(1);
    }

    private long nightlyRuns() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM classification_run WHERE run_trigger = 'NIGHTLY'", Long.class);
    }

    /** Enough enterprises that a run takes a while, so that the two firings truly overlap it. */
    private void registryOf(int enterprises) {
        RegistryFixtures fixtures = new RegistryFixtures(jdbc);
        long importId = fixtures.anImport();
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        List<String> usccs = IntStream.rangeClosed(1, enterprises).mapToObj(RegistryFixtures::uscc).toList();
        jdbc.batchUpdate("INSERT INTO enterprise (uscc, name, district, in_hitech_zone, established_on,"
                + " profile_fiscal_year, updated_at) VALUES (?, ?, '350102', TRUE, ?, 2024, ?)", usccs, 500,
                (ps, uscc) -> {
                    ps.setString(1, uscc);
                    ps.setString(2, "福州多实例科技有限公司" + uscc.substring(10, 17));
                    ps.setDate(3, Date.valueOf(LocalDate.of(2015, 1, 1)));
                    ps.setTimestamp(4, now);
                });
        for (int fiscalYear = 2022; fiscalYear <= 2024; fiscalYear++) {
            int year = fiscalYear;
            jdbc.batchUpdate("INSERT INTO accounting_year (uscc, fiscal_year, employees, tech_staff, revenue,"
                    + " total_assets, rd_expense, tech_field, above_scale, row_hash, source_import_id, updated_at)"
                    + " VALUES (?, ?, 100, 20, ?, 5000, ?, 1, TRUE, ?, ?, ?)", usccs, 500, (ps, uscc) -> {
                        ps.setString(1, uscc);
                        ps.setInt(2, year);
                        ps.setBigDecimal(3, new BigDecimal("3000"));
                        ps.setBigDecimal(4, new BigDecimal("200"));
                        ps.setString(5, "0".repeat(64));
                        ps.setLong(6, importId);
                        ps.setTimestamp(7, now);
                    });
        }
    }

    /** Form login on {@code instance}; answers the session cookie. */
    private String signIn(int instance) throws Exception {
        HttpResponse<String> form = send(instance, HttpRequest.newBuilder(uri(instance, "/login")));
        assertThat(form.headers().firstValue("Set-Cookie")).as("%s %s", form.statusCode(), form.headers().map())
                .isPresent();
        String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        HttpResponse<String> signedIn = send(instance, HttpRequest.newBuilder(uri(instance, "/login"))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + USER + "&password=" + PASSWORD
                        + "&_csrf=" + csrf(form.body()))));
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return signedIn.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
    }

    private String csrfToken(int instance, String cookie) throws Exception {
        return csrf(send(instance, HttpRequest.newBuilder(uri(instance, "/console")).header("Cookie", cookie)).body());
    }

    private static String csrf(String html) {
        Matcher token = CSRF.matcher(html);
        assertThat(token.find()).as("a CSRF token in the page").isTrue();
        return token.group(1);
    }

    private HttpResponse<String> basic(int instance, String username, String password, String address)
            throws Exception {
        String credentials = Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(instance, HttpRequest.newBuilder(uri(instance, "/api/v1/imports/1"))
                .header("Authorization", "Basic " + credentials).header("X-Forwarded-For", address));
    }

    /** Sends a request built for {@code instance} (its port is in the builder's URI). */
    private HttpResponse<String> send(int instance, HttpRequest.Builder builder) throws Exception {
        return http.send(builder.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(int instance, String path) {
        return URI.create("http://127.0.0.1:" + ports.get(instance) + path);
    }
}
