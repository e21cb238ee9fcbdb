package com.techladder.registry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.techladder.registry.RegistryApplication;

/**
 * Whole start-ups of the application: demo accounts and their password property, and no default password elsewhere.
 * Each start gets a fresh in-memory database whatever the suite's profile, as what is tested is the start-up logic.
 * One refusal is started for real (a refused start-up ends with the application not running); the other refusals are
 * {@link AccountBootstrap}'s own logic, tested without starts in {@link AccountBootstrapRefusalsTest}.
 */
class AccountBootstrapTest {

    /**
     * The run command's profile set (none, i.e. {@code default}), named so the suite's own profile (h2 or
     * postgres-test) does not leak into the start.
     */
    private static final String EMBEDDED_DEFAULT = "--spring.profiles.active=default";

    @Test
    void aNonDemoProfileRefusesToStartWithoutAnAdministratorOrInitialPassword() {
        assertThatThrownBy(() -> start("--spring.profiles.active=postgres").close())
                .hasStackTraceContaining("No administrator account exists")
                .hasStackTraceContaining("techladder.admin.initial-password");
    }

    @Test
    void theInitialPasswordCreatesTheAdministratorAndNoDemoAccounts() throws Exception {
        try (ConfigurableApplicationContext app = start("--spring.profiles.active=postgres",
                "--techladder.admin.initial-password=first-admin-pw")) {
            UserAccounts accounts = app.getBean(UserAccounts.class);
            AppUser admin = accounts.find("admin").orElseThrow();
            assertThat(admin.role()).isEqualTo(Role.ADMIN);
            assertThat(app.getBean(PasswordEncoder.class).matches("first-admin-pw", admin.passwordHash())).isTrue();
            assertThat(accounts.exists("staff")).isFalse();
            // the login page speaks of demo accounts only on the demo
            String login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + app.getEnvironment().getProperty("local.server.port") + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(login).contains("id=\"login-form\"").doesNotContain("login-demo");
        }
    }

    @Test
    void aLaunchMayOverrideTheDemoPassword() {
        try (ConfigurableApplicationContext app = start(EMBEDDED_DEFAULT, "--techladder.demo.password=override-pw")) {
            UserAccounts accounts = app.getBean(UserAccounts.class);
            PasswordEncoder encoder = app.getBean(PasswordEncoder.class);
            for (String username : new String[] {"staff", "auditor", "admin"}) {
                String hash = accounts.find(username).orElseThrow().passwordHash();
                assertThat(encoder.matches("override-pw", hash)).as(username).isTrue();
                assertThat(encoder.matches("techladder", hash)).as(username).isFalse();
            }
            assertThat(accounts.find("auditor").orElseThrow().role()).isEqualTo(Role.AUDITOR);
        }
    }

    /** An in-memory database that outlives one start (DB_CLOSE_DELAY=-1), for a second start on the same data. */
    private static String namedDatabase() {
        return "jdbc:h2:mem:bootstrap-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    }

    /** A start on a fresh database unless {@code args} name one. */
    private static ConfigurableApplicationContext start(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (all.stream().noneMatch(arg -> arg.startsWith("--spring.datasource.url="))) {
            all.add("--spring.datasource.url=" + namedDatabase());
        }
        all.addAll(List.of("--spring.datasource.username=sa", "--spring.datasource.password=",
                "--server.port=0", "--techladder.sample-data.import-on-first-start=false"));
        return new SpringApplicationBuilder(RegistryApplication.class).run(all.toArray(String[]::new));
    }
}
