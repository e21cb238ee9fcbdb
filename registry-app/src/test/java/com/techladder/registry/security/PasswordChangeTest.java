package com.techladder.registry.security;

import static com.techladder.registry.security.SecurityTest.from;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Every signed-in user can change their own password: page (CSRF) and API, current password required, hashed. */
@SpringBootTest
@AutoConfigureMockMvc
class PasswordChangeTest {

    private static final String USER = "pw-change-auditor";
    private static final String OLD = "old-password-1";
    private static final String NEW = "new-password-2";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;

    @BeforeEach
    void freshAccount() {
        jdbc.update("DELETE FROM app_user WHERE username = ?", USER);
        accounts.create(USER, OLD, Role.AUDITOR, null);
    }

    @Test
    void thePageChangesThePasswordWhichIsStoredHashed() throws Exception {
        mvc.perform(get("/account/password").with(user(USER).roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"_csrf\"")));
        mvc.perform(form(OLD, NEW, NEW).with(csrf())).andExpect(redirectedUrl("/account/password?changed"));

        String hash = accounts.find(USER).orElseThrow().passwordHash();
        assertThat(hash).startsWith("$2").doesNotContain(NEW);
        assertThat(encoder.matches(NEW, hash)).isTrue();
        mvc.perform(get("/api/v1/audit-log").with(httpBasic(USER, OLD)).with(from("10.1.0.1")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/audit-log").with(httpBasic(USER, NEW)).with(from("10.1.0.1")))
                .andExpect(status().isOk());
    }

    @Test
    void thePageNeedsItsCsrfToken() throws Exception {
        mvc.perform(form(OLD, NEW, NEW)).andExpect(status().isForbidden());
        assertThat(encoder.matches(OLD, accounts.find(USER).orElseThrow().passwordHash())).isTrue();
    }

    @Test
    void aWrongCurrentPasswordAKnownPasswordOrAMismatchChangeNothing() throws Exception {
        mvc.perform(form("not-the-password", NEW, NEW).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("当前密码不正确")));
        mvc.perform(form(OLD, KnownPasswords.DEFAULT_DEMO, KnownPasswords.DEFAULT_DEMO).with(csrf()))
                .andExpect(content().string(Matchers.containsString("不能使用公开的默认密码")));
        mvc.perform(form(OLD, NEW, NEW + "x").with(csrf()))
                .andExpect(content().string(Matchers.containsString("两次输入的新密码不一致")));
        mvc.perform(form(OLD, "short", "short").with(csrf()))
                .andExpect(content().string(Matchers.containsString("至少需要 8 位")));
        assertThat(encoder.matches(OLD, accounts.find(USER).orElseThrow().passwordHash())).isTrue();
    }

    @Test
    void theApiChangesThePasswordOrNamesEachBrokenField() throws Exception {
        mvc.perform(put("/api/v1/account/password").with(httpBasic(USER, OLD)).with(from("10.1.0.2"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"wrong\",\"newPassword\":\"techladder\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("currentPassword", "newPassword")));
        mvc.perform(put("/api/v1/account/password").with(httpBasic(USER, OLD)).with(from("10.1.0.2"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"" + OLD + "\",\"newPassword\":\"" + NEW + "\"}"))
                .andExpect(status().isNoContent());
        assertThat(encoder.matches(NEW, accounts.find(USER).orElseThrow().passwordHash())).isTrue();
    }

    private static MockHttpServletRequestBuilder form(String current, String password, String confirmation) {
        return post("/account/password").with(user(USER).roles("AUDITOR")).with(from("10.1.0.3"))
                .param("currentPassword", current).param("newPassword", password)
                .param("confirmPassword", confirmation);
    }
}
