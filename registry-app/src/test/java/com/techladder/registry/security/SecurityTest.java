package com.techladder.registry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.techladder.batch.DatabaseSpecific;
import java.time.LocalDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Authentication mechanics: 401/redirect, problem shapes, form login, CSRF, session fixation, throttling per account
 * and per address, one answer for every failure, security headers.
 */
@DatabaseSpecific
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
        mvc.perform(get("/api/v1/imports/1").with(httpBasic(USER, "wrong")).with(from("10.0.0.1")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"TechLadder\""))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("用户名或密码错误")));
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
        // the browser names its session (the cookie), so the container knows the session was asked for by id: only
        // then is there a fixed id to change (Spring Framework 7's mock request no longer assumes it)
        MvcResult result = mvc.perform(post("/login").session(session).with(csrf())
                        .with(request -> {
                            request.setRequestedSessionId(before);
                            return request;
                        })
                        .param("username", USER).param("password", PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"))
                .andReturn();
        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
    }

    @Test
    void tenFailuresLockTheAccountEvenForTheRightPasswordAndTheAnswerStaysTheSame() throws Exception {
        for (int i = 0; i < 10; i++) {
            mvc.perform(login(USER, "wrong-" + i, "10.0.1." + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        assertThat(accounts.find(USER).orElseThrow().lockedUntil()).isAfter(LocalDateTime.now().plusMinutes(14));

        mvc.perform(login(USER, PASSWORD, "10.0.1.20"))
                .andExpect(redirectedUrl("/login?error"));
        String locked = mvc.perform(get("/api/v1/imports/1").with(httpBasic(USER, PASSWORD)).with(from("10.0.1.21")))
                .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
        String wrong = mvc.perform(get("/api/v1/imports/1").with(httpBasic(USER, "wrong")).with(from("10.0.1.22")))
                .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
        assertThat(locked).isEqualTo(wrong).contains("用户名或密码错误");
    }

    /** Wrong password, locked account, unknown user, disabled account: nobody can tell them apart by the answer. */
    @Test
    void theAnswerDoesNotTellWhichAccountsExistOrAreLocked() throws Exception {
        String other = "sec-test-disabled";
        jdbc.update("DELETE FROM app_user WHERE username = ?", other);
        accounts.create(other, PASSWORD, Role.STAFF, null);
        jdbc.update("UPDATE app_user SET enabled = FALSE WHERE username = ?", other);
        String wrong = basicAnswer(USER, "wrong", "10.0.2.1");
        assertThat(basicAnswer("no-such-user-" + System.nanoTime(), PASSWORD, "10.0.2.2")).isEqualTo(wrong);
        assertThat(basicAnswer(other, PASSWORD, "10.0.2.3")).isEqualTo(wrong);
        jdbc.update("UPDATE app_user SET locked_until = ? WHERE username = ?",
                java.sql.Timestamp.valueOf(LocalDateTime.now().plusMinutes(5)), USER);
        assertThat(basicAnswer(USER, PASSWORD, "10.0.2.4")).isEqualTo(wrong);
    }

    /** One address gets 5 failures, less than an account's 10: alone it cannot lock anyone out, not even admin. */
    @Test
    void anAddressIsThrottledBeforeItCouldLockAnAccount() throws Exception {
        String attacker = "10.0.3.1";
        for (int i = 0; i < 5; i++) {
            mvc.perform(login(USER, "guess-" + i, attacker))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(login(USER, PASSWORD, attacker))
                .andExpect(redirectedUrl("/login?throttled"));
        mvc.perform(get("/api/v1/imports/1").with(httpBasic("someone-else", "x")).with(from(attacker)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(accounts.find(USER).orElseThrow().lockedUntil()).isNull();

        mvc.perform(login(USER, PASSWORD, "10.0.3.2")).andExpect(redirectedUrl("/"));
    }

    @Test
    void aLockExpiresAndASuccessResetsTheCounter() throws Exception {
        for (int i = 0; i < 4; i++) {
            mvc.perform(login(USER, "wrong", "10.0.4.1"))
                    .andExpect(redirectedUrl("/login?error"));
        }
        assertThat(accounts.find(USER).orElseThrow().failedAttempts()).isEqualTo(4);
        mvc.perform(login(USER, PASSWORD, "10.0.4.1")).andExpect(redirectedUrl("/"));
        assertThat(accounts.find(USER).orElseThrow().failedAttempts()).isZero();

        jdbc.update("UPDATE app_user SET locked_until = ? WHERE username = ?",
                java.sql.Timestamp.valueOf(LocalDateTime.now().minusMinutes(1)), USER);
        mvc.perform(login(USER, PASSWORD, "10.0.4.2")).andExpect(redirectedUrl("/"));
        assertThat(accounts.find(USER).orElseThrow().lockedUntil()).isNull();
    }

    /**
     * A signed-in browser's request with a made-up Basic header is not "a Basic request": it is refused rather than
     * let through on its session without a CSRF token.
     */
    @Test
    void csrfIsSkippedOnlyForRequestsThatAuthenticatedWithBasic() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user(USER).password(PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
        String rates = "/api/v1/plan/periods/no-such-period/forecast-rates";
        String body = "{\"conversionRate\":0.5,\"nonRenewalRate\":0.1}";
        mvc.perform(put(rates).session(session).with(httpBasic(USER, "not-the-password")).with(from("10.0.5.1"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
        mvc.perform(put(rates).session(session).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        // Basic that authenticates needs no token: the request reaches the endpoint (no such period)
        int status = mvc.perform(put(rates).with(httpBasic(USER, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andReturn().getResponse().getStatus();
        assertThat(status).isIn(400, 404);
    }

    @Test
    void responsesCarryAContentSecurityPolicyAndAReferrerPolicy() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", SecurityConfig.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
        assertThat(SecurityConfig.CONTENT_SECURITY_POLICY).contains("script-src 'self';", "style-src 'self';")
                .doesNotContain("unsafe");
    }

    @Test
    void theLoginPageSaysTheDemoAccountsAreForTheDemoOnly() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"login-demo\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("仅供演示")));
    }

    private MockHttpServletRequestBuilder login(String username, String password, String address) {
        return post("/login").with(csrf()).param("username", username).param("password", password).with(from(address));
    }

    private String basicAnswer(String username, String password, String address) throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/imports/1").with(httpBasic(username, password)).with(from(address)))
                .andReturn();
        return result.getResponse().getStatus() + " " + result.getResponse().getHeader("WWW-Authenticate") + " "
                + result.getResponse().getContentAsString();
    }

    /** The request as if it came from {@code address} (each test uses its own, so address limits do not interfere). */
    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
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
