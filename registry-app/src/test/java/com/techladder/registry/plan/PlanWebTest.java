package com.techladder.registry.plan;

import com.techladder.registry.security.Role;
import com.techladder.registry.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of the plan's MockMvc tests. Keeps the annotations every registry API test uses, so they all share one
 * application context.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class PlanWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccounts accounts;

    PlanFixtures fixtures;

    /**
     * Empties the registry and the runs, restores the seeded plan and (re)creates one account per role, named
     * {@code prefix-staff}, {@code prefix-auditor}, {@code prefix-admin} and {@code prefix-enterprise} (bound to
     * {@code enterpriseUscc}).
     */
    void startAfresh(String prefix, String password, String enterpriseUscc) {
        fixtures = new PlanFixtures(jdbc).clear();
        jdbc.update("DELETE FROM app_user WHERE username LIKE ?", prefix + "-%");
        for (Role role : Role.values()) {
            accounts.create(prefix + "-" + role.name().toLowerCase(), password, role,
                    role == Role.ENTERPRISE ? enterpriseUscc : null);
        }
    }
}
