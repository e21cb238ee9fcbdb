package com.techladder.registry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.techladder.registry.RegistryApplication;

/**
 * Whole start-ups of the application: demo accounts and their password property, and no default password elsewhere.
 * Each start gets a fresh in-memory database whatever the suite's profile, as what is tested is the start-up logic.
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
    void theInitialPasswordCreatesTheAdministratorAndNoDemoAccounts() {
        try (ConfigurableApplicationContext app = start("--spring.profiles.active=postgres",
                "--techladder.admin.initial-password=first-admin-pw")) {
            UserAccounts accounts = app.getBean(UserAccounts.class);
            AppUser admin = accounts.find("admin").orElseThrow();
            assertThat(admin.role()).isEqualTo(Role.ADMIN);
            assertThat(app.getBean(PasswordEncoder.class).matches("first-admin-pw", admin.passwordHash())).isTrue();
            assertThat(accounts.exists("staff")).isFalse();
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

    private static ConfigurableApplicationContext start(String... args) {
        String[] all = new String[args.length + 5];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--spring.datasource.url=jdbc:h2:mem:bootstrap-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        all[args.length + 1] = "--spring.datasource.username=sa";
        all[args.length + 2] = "--spring.datasource.password=";
        all[args.length + 3] = "--server.port=0";
        all[args.length + 4] = "--techladder.sample-data.import-on-first-start=false";
        return new SpringApplicationBuilder(RegistryApplication.class).run(all);
    }
}
