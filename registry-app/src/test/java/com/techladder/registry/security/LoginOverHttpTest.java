package com.techladder.registry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.techladder.batch.DatabaseSpecific;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Logins over real HTTP (Tomcat, Spring Session JDBC, forwarded headers trusted as behind a TLS proxy): a parallel
 * burst of wrong passwords, unknown user names, and the session cookie. Every request names its client address in
 * {@code X-Forwarded-For}, as the proxy would.
 */
@DatabaseSpecific
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.autoconfigure.exclude=",
    "server.forward-headers-strategy=native",
    // the burst holds its checks open on purpose: all of them may run at once
    "techladder.security.login.concurrent-checks=64"
})
class LoginOverHttpTest {

    private static final String USER = "http-login-staff";
    private static final String PASSWORD = "http-login-password";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @MockitoSpyBean
    PasswordEncoder encoder;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    /** Across the test methods of the one application context (a new test instance per method). */
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @BeforeEach
    void freshAccount() {
        jdbc.update("DELETE FROM app_user WHERE username = ?", USER);
        accounts.create(USER, PASSWORD, Role.STAFF, null);
        clearInvocations(encoder);
    }

    @AfterEach
    void realEncoder() {
        reset(encoder);
    }

    /**
     * 40 wrong passwords at once, the right one at position 25: only the first 10 are checked (the account's limit),
     * every later one — the right one too — is refused without a check. The checks are held open until the 25th has
     * been answered, so it truly arrives while the first ones are still being checked.
     */
    @Test
    void aBurstOfFortyChecksOnlyTheLimitAndTheRightPasswordAt25DoesNotSignIn() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        doAnswer(call -> {
            gate.await(30, TimeUnit.SECONDS);
            return call.callRealMethod();
        }).when(encoder).matches(any(), any());
        List<CompletableFuture<HttpResponse<String>>> first = new ArrayList<>();
        for (int i = 1; i <= 24; i++) {
            first.add(sendAsync(basic(USER, "wrong-" + i)));
        }
        awaitAttemptsCounted(10);

        HttpResponse<String> rightAt25 = send(basic(USER, PASSWORD));
        List<HttpResponse<String>> later = new ArrayList<>();
        for (int i = 26; i <= 40; i++) {
            later.add(send(basic(USER, "wrong-" + i)));
        }
        gate.countDown();

        assertThat(rightAt25.statusCode()).isEqualTo(401);
        assertThat(later).extracting(HttpResponse::statusCode).containsOnly(401);
        assertThat(first).extracting(f -> f.get(30, TimeUnit.SECONDS).statusCode()).containsOnly(401);
        verify(encoder, times(10)).matches(any(), any());
        assertThat(accounts.find(USER).orElseThrow().lockedUntil()).isNotNull();
        assertThat(send(basic(USER, PASSWORD)).statusCode()).as("still locked").isEqualTo(401);
    }

    /** Unknown user names cost no BCrypt check (and are answered like a wrong password). */
    @Test
    void unknownUserNamesCostNoPasswordCheck() throws Exception {
        HttpResponse<String> wrong = send(basic(USER, "wrong"));
        clearInvocations(encoder);
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> unknown = send(basic("nobody-" + System.nanoTime(), "whatever"));
            assertThat(unknown.statusCode()).isEqualTo(401);
            assertThat(unknown.body()).isEqualTo(wrong.body());
        }
        verify(encoder, never()).matches(any(), any());
    }

    /** Behind a proxy, each client's address is its own: one client's failures do not throttle another. */
    @Test
    void forwardedClientAddressesAreThrottledApart() throws Exception {
        String attacker = address();
        for (int i = 0; i < 5; i++) {
            assertThat(send(basic("someone", "guess"), attacker).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> throttled = send(basic("someone", "guess"), attacker);
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
        assertThat(send(basic(USER, PASSWORD)).statusCode()).as("another client").isNotIn(401, 429);
    }

    @Test
    void theSessionCookieIsHttpOnlySameSiteLaxStoredInTheDatabaseAndSecureBehindTls() throws Exception {
        String plain = signIn(false);
        assertThat(plain).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
        String overTls = signIn(true);
        assertThat(overTls).contains("HttpOnly", "SameSite=Lax", "Secure");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM spring_session WHERE principal_name = ?", Long.class,
                USER)).isEqualTo(2);
    }

    @Test
    void basicOnAPageCreatesNoSession() throws Exception {
        long sessions = jdbc.queryForObject("SELECT COUNT(*) FROM spring_session", Long.class);
        HttpResponse<String> page = send(basic(USER, PASSWORD).uri(uri("/console")).header("Accept", "text/html"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("name=\"_csrf\"");
        assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM spring_session", Long.class)).isEqualTo(sessions);
    }

    @Test
    void changingThePasswordEndsTheUsersOtherSessionsAndKeepsThisOne() throws Exception {
        jdbc.update("DELETE FROM spring_session WHERE principal_name = ?", USER);
        String here = signIn(false).split(";", 2)[0];
        String elsewhere = signIn(false).split(";", 2)[0];
        HttpResponse<String> form = send(HttpRequest.newBuilder(uri("/account/password")).header("Cookie", here));
        Matcher token = CSRF.matcher(form.body());
        assertThat(token.find()).isTrue();
        String newPassword = "another-long-password";
        HttpResponse<String> changed = send(HttpRequest.newBuilder(uri("/account/password"))
                .header("Cookie", here).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("currentPassword=" + PASSWORD + "&newPassword=" + newPassword
                        + "&confirmPassword=" + newPassword + "&_csrf=" + token.group(1))));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(changed.headers().firstValue("Location").orElseThrow()).contains("changed");

        assertThat(send(HttpRequest.newBuilder(uri("/console")).header("Cookie", here)).statusCode())
                .as("the session the password was changed in").isEqualTo(200);
        assertThat(send(HttpRequest.newBuilder(uri("/console")).header("Cookie", elsewhere)).statusCode())
                .as("another session, opened with the old password").isNotEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM spring_session WHERE principal_name = ?", Long.class,
                USER)).isEqualTo(1);
    }

    /** Signs in with the form; returns the session cookie set by the successful login. */
    private String signIn(boolean overTls) throws Exception {
        HttpRequest.Builder page = HttpRequest.newBuilder(uri("/login"));
        if (overTls) {
            page.header("X-Forwarded-Proto", "https");
        }
        HttpResponse<String> form = send(page);
        Matcher token = CSRF.matcher(form.body());
        assertThat(token.find()).isTrue();
        String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        HttpRequest.Builder login = HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + USER + "&password=" + PASSWORD
                        + "&_csrf=" + token.group(1)));
        if (overTls) {
            login.header("X-Forwarded-Proto", "https");
        }
        HttpResponse<String> signedIn = send(login);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return signedIn.headers().firstValue("Set-Cookie").orElseThrow();
    }

    private void awaitAttemptsCounted(int attempts) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (accounts.find(USER).orElseThrow().failedAttempts() < attempts) {
            assertThat(System.nanoTime()).as("%d attempts counted in time", attempts).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private HttpRequest.Builder basic(String username, String password) {
        String credentials = Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri("/api/v1/imports/1")).header("Authorization", "Basic " + credentials);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return send(request, address());
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String address) throws Exception {
        return http.send(request.header("X-Forwarded-For", address).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest.Builder request) {
        return http.sendAsync(request.header("X-Forwarded-For", address()).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A fresh client address for each request, so that the per-address limit stays out of the way. */
    private static String address() {
        int nextAddress = ADDRESSES.incrementAndGet();
        return "198.51." + (nextAddress / 250) + "." + (nextAddress % 250 + 1);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
