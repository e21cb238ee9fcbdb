package com.techladder.registry.portal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.techladder.registry.security.Role;
import com.techladder.registry.security.UserAccounts;

/**
 * An enterprise's sign-in lands on 我的企业, everyone else's on the home page: the login itself, over real accounts,
 * in the shared application context (what the portal's pages show each role is {@link PortalPagesWebTest}'s).
 */
@SpringBootTest
@AutoConfigureMockMvc
class PortalAccessTest {

    private static final String PASSWORD = "portal-landing-1";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anEnterpriseSignsInToItsOwnPageAndStaffToTheHomePage() throws Exception {
        accounts.create("portal-landing-enterprise", PASSWORD, Role.ENTERPRISE, "91350100M000100Y43");
        accounts.create("portal-landing-staff", PASSWORD, Role.STAFF, null);
        try {
            mvc.perform(formLogin("/login").user("portal-landing-enterprise").password(PASSWORD))
                    .andExpect(redirectedUrl("/my-enterprise"));
            mvc.perform(formLogin("/login").user("portal-landing-staff").password(PASSWORD))
                    .andExpect(redirectedUrl("/"));
        } finally {
            jdbc.update("DELETE FROM app_user WHERE username LIKE 'portal-landing-%'");
        }
    }
}
