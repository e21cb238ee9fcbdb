package com.techladder.registry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Authentication mechanics: 401/redirect, problem shapes, form login, CSRF, session fixation, throttling. */
@SpringBootTest
@AutoConfigureMockMvc
class SecurityTest {

    private static final String USER = "sec-test-staff";
    private static final String PASSWORD = "s3cret-for-tests";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void freshAccount() {
        jdbc.update("DELETE FROM app_user WHERE username = ?", USER);
        accounts.create(USER, PASSWORD, Role.STAFF, null);
    }

    @Test
    void anApiCallWithoutCredentialsIs401ProblemWithoutRedirect() throws Exception {
        mvc.perform(get("/api/v1/enterprises/91350100M000100Y43"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().doesNotExist("Location"))
                .andExpect(header().doesNotExist("WWW-Authenticate"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Unauthorized"))
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }

    @Test
    void wrongBasicCredentialsAre401WithABasicChallenge() throws Exception {
        mvc.perform(get("/api/v1/imports/1").with(httpBasic(USER, "wrong")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"TechLadder\""))
                .andExpect(jsonPath("$.detail").value("用户名或密码错误"));
    }

    @Test
    void aPageWithoutLoginRedirectsToTheLoginPage() throws Exception {
        mvc.perform(get("/staff"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("http://localhost/login"));
    }

    @Test
    void theLoginPageIsPublicAndCarriesACsrfToken() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"_csrf\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("用户名")));
    }

    @Test
    void formLoginWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", USER).param("password", PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void formLoginSucceedsAndChangesTheSessionId() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();
        MvcResult result = mvc.perform(post("/login").session(session).with(csrf())
                        .param("username", USER).param("password", PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"))
                .andReturn();
        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user(USER).password("wrong-" + i)).andExpect(redirectedUrl("/login?error"));
        }
        assertThat(accounts.find(USER).orElseThrow().lockedUntil()).isAfter(LocalDateTime.now().plusMinutes(14));

        mvc.perform(formLogin().user(USER).password(PASSWORD)).andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/api/v1/imports/1").with(httpBasic(USER, PASSWORD)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("锁定")));
    }

    @Test
    void aLockExpiresAndASuccessResetsTheCounter() throws Exception {
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin().user(USER).password("wrong")).andExpect(redirectedUrl("/login?error"));
        }
        assertThat(accounts.find(USER).orElseThrow().failedAttempts()).isEqualTo(4);
        mvc.perform(formLogin().user(USER).password(PASSWORD)).andExpect(redirectedUrl("/"));
        assertThat(accounts.find(USER).orElseThrow().failedAttempts()).isZero();

        jdbc.update("UPDATE app_user SET locked_until = ? WHERE username = ?",
                java.sql.Timestamp.valueOf(LocalDateTime.now().minusMinutes(1)), USER);
        mvc.perform(formLogin().user(USER).password(PASSWORD)).andExpect(redirectedUrl("/"));
        assertThat(accounts.find(USER).orElseThrow().lockedUntil()).isNull();
    }

    @Test
    void logoutNeedsCsrfAndEndsOnTheLoginPage() throws Exception {
        mvc.perform(post("/logout").accept(MediaType.TEXT_HTML)).andExpect(status().isForbidden());
        mvc.perform(post("/logout").accept(MediaType.TEXT_HTML).with(csrf())).andExpect(redirectedUrl("/login?logout"));
    }

    /** MockMvc does not forward to /error as a servlet container does; this is the forward the container makes. */
    @Test
    void errorsNoControllerHandledAreProblemsToo() throws Exception {
        mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 404)
                        .requestAttr("jakarta.servlet.error.request_uri", "/api/v1/no-such-thing"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.title").value("Not Found"))
                .andExpect(jsonPath("$.detail").value("请求的资源不存在"));
    }
}
