package com.techladder.registry.security;

import java.io.IOException;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.techladder.registry.system.ProblemWriter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One filter chain for the API and the portal (docs/security.md):
 * <ul>
 * <li>HTTP Basic for scripts, form login ({@code /login}) with a session cookie for the browser;</li>
 * <li>under {@code /api/**} and {@code /actuator/**} an unauthenticated call gets {@code 401} and a forbidden one {@code 403}, both as
 * {@code application/problem+json}; a page redirects to {@code /login} instead;</li>
 * <li>CSRF protection for everything a browser can post with its cookie; it is skipped only for requests that
 * authenticate with HTTP Basic — such a request never reads nor creates a session ({@link BasicIsStateless}), so it is
 * authenticated by its own credentials or refused — and for the public self-check, which stores nothing;</li>
 * <li>logins throttled per account and per client address ({@link ThrottledAuthenticationProvider});</li>
 * <li>a Content-Security-Policy without inline scripts or styles, and {@code Referrer-Policy: same-origin};</li>
 * <li>URL rules say only "public" or "signed in"; which role may do what is declared next to each endpoint with
 * {@code @PreAuthorize}, so features do not need to edit this class — except the policy simulations, whose roles are
 * also set here so that two features built at once agree on them;</li>
 * </ul>
 */
@Configuration
@EnableMethodSecurity
@EnableConfigurationProperties(LoginThrottleProperties.class)
class SecurityConfig {

    /**
     * What a page may load: its own scripts, styles and fonts only — no inline script, no inline style, no
     * {@code javascript:} link (the pages keep to it, ECharts included; the browser tests fail on any violation).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";
    /** Swagger UI (a third-party page) sets inline styles; it gets them, and nothing else more. */
    static final String SWAGGER_UI_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
            "style-src 'self' 'unsafe-inline'");

    /** Reachable without signing in. */
    static final String[] PUBLIC_PATHS = {
        "/", "/self-check", "/self-check/**", "/login", "/error",
        "/css/**", "/js/**", "/webjars/**", "/images/**", "/favicon.ico",
        "/actuator/health", "/actuator/health/**",
        "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui/**", "/swagger-ui.html"
    };
    static final String SELF_CHECK_API = "/api/v1/self-check";
    /** Policy workbench: the parameter versions, what changed and their files are public (issue 14). */
    static final String[] POLICY_PUBLIC = {"/api/v1/policy/versions", "/api/v1/policy/versions/**", "/policy/versions",
        "/policy/export.zip"};
    /** Policy simulations: started by policy officers and admins, read by staff and auditors too. */
    static final String POLICY_SIMULATION_START = "/api/v1/policy/drafts/{draftId}/simulations";
    static final String[] POLICY_SIMULATION_READ = {"/api/v1/policy/simulations/**"};
    static final String POLICY_SIMULATION_PAGES = "/policy/simulations/**";

    private static final String[] POLICY_READERS = {
        Role.POLICY_OFFICER.name(), Role.ADMIN.name(), Role.STAFF.name(), Role.AUDITOR.name()};

    /** Machine clients (scripts, monitoring): answered with problems, never redirected to the login page. */
    private static final RequestMatcher API = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/actuator/**"));

    /**
     * BCrypt with cost {@code techladder.security.bcrypt-strength} (default 10, ~0.1 s a check; the test profiles use
     * the minimum, 4, as every HTTP Basic call checks the password). Stored hashes carry their own cost, so changing
     * it never locks anyone out.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${techladder.security.bcrypt-strength:10}") int strength) {
        return new BCryptPasswordEncoder(strength);
    }

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, ProblemWriter problems) throws Exception {
        AuthenticationEntryPoint apiEntryPoint = new ProblemEntryPoint(problems);
        AccessDeniedHandler apiAccessDenied = (request, response, denied) -> {
            if (denied instanceof CsrfException && isAnonymous()) {
                // the CSRF check runs before authentication: a caller with no credentials and no session is
                // unauthenticated (401), not forbidden
                apiEntryPoint.commence(request, response, new InsufficientAuthenticationException(denied.getMessage()));
            } else {
                problems.write(request, response, HttpStatus.FORBIDDEN, "api.problem.403");
            }
        };
        RequestMatcher signInOrOut = new OrRequestMatcher(
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login"),
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/logout"));
        // a Basic request is authenticated by its own header or refused (BasicIsStateless); a form login or logout is
        // handled before Basic authentication runs, so it keeps its CSRF check whatever headers it carries
        RequestMatcher authenticatesWithBasic = request -> BasicIsStateless.carriesBasic(request)
                && !signInOrOut.matches(request);

        http
            .authorizeHttpRequests(auth -> auth
                .requestMatchers(PUBLIC_PATHS).permitAll()
                .requestMatchers(HttpMethod.POST, SELF_CHECK_API).permitAll()
                .requestMatchers(HttpMethod.GET, POLICY_PUBLIC).permitAll()
                .requestMatchers(HttpMethod.POST, POLICY_SIMULATION_START)
                    .hasAnyRole(Role.POLICY_OFFICER.name(), Role.ADMIN.name())
                .requestMatchers(HttpMethod.GET, POLICY_SIMULATION_READ).hasAnyRole(POLICY_READERS)
                .requestMatchers(POLICY_SIMULATION_PAGES).hasAnyRole(POLICY_READERS)
                .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                .anyRequest().authenticated())
            .securityContext(context -> context.securityContextRepository(BasicIsStateless.securityContexts()))
            .httpBasic(basic -> basic
                .realmName(ProblemEntryPoint.REALM)
                .authenticationEntryPoint(apiEntryPoint))
            .formLogin(form -> form
                .loginPage("/login")
                .successHandler(landingPage())
                .failureHandler(loginFailureHandler())
                .permitAll())
            .logout(logout -> logout
                .logoutUrl("/logout")
                .logoutSuccessUrl("/login?logout")
                .permitAll())
            .csrf(csrf -> csrf
                .csrfTokenRepository(BasicIsStateless.csrfTokens())
                .ignoringRequestMatchers(
                authenticatesWithBasic,
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, SELF_CHECK_API)))
            .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
            .headers(headers -> headers
                .addHeaderWriter((request, response) -> response.setHeader("Content-Security-Policy",
                        request.getRequestURI().startsWith(request.getContextPath() + "/swagger-ui")
                                ? SWAGGER_UI_POLICY : CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
            .exceptionHandling(ex -> ex
                .defaultAuthenticationEntryPointFor(apiEntryPoint, API)
                .defaultAuthenticationEntryPointFor(loginPage(), AnyRequestMatcher.INSTANCE)
                .defaultAccessDeniedHandlerFor(apiAccessDenied, API)
                .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE));
        return http.build();
    }

    /**
     * Where a sign-in lands when it did not interrupt a request: an enterprise on its own page (我的企业), everyone
     * else on the home page, which shows each role where to start.
     */
    private static AuthenticationSuccessHandler landingPage() {
        return new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
                    Authentication authentication) {
                return authentication.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals(Role.ENTERPRISE.authority())) ? "/my-enterprise" : "/";
            }
        };
    }

    /** Redirects to the login page by its absolute URL, as before Spring Security 7 (which favours a relative one). */
    private static LoginUrlAuthenticationEntryPoint loginPage() {
        LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint("/login");
        entryPoint.setFavorRelativeUris(false);
        return entryPoint;
    }

    private static boolean isAnonymous() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken;
    }

    /**
     * Wrong password, unknown user, locked account: one message. Only a throttled address (which says nothing about
     * any account) gets its own.
     */
    private static ExceptionMappingAuthenticationFailureHandler loginFailureHandler() {
        ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setExceptionMappings(Map.of(LoginThrottledException.class.getName(), "/login?throttled"));
        handler.setDefaultFailureUrl("/login?error");
        return handler;
    }

    /**
     * 401 as a problem; the Basic challenge only to a client that already tried Basic, so browsers never cache it.
     * A throttled login is {@code 429} with {@code Retry-After}.
     */
    private record ProblemEntryPoint(ProblemWriter problems) implements AuthenticationEntryPoint {

        static final String REALM = "TechLadder";
        /** Also for a locked or disabled account: the answer does not tell which accounts exist or are locked. */
        static final String WRONG_CREDENTIALS = "api.problem.wrongCredentials";

        @Override
        public void commence(HttpServletRequest request, HttpServletResponse response,
                AuthenticationException failure) throws IOException {
            if (failure instanceof LoginThrottledException throttled) {
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfter().toSeconds()));
                problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "api.problem.throttled");
                return;
            }
            String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (BasicIsStateless.carriesBasic(request)) {
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
            }
            String detail = authorization == null ? "api.problem.signIn" : WRONG_CREDENTIALS;
            problems.write(request, response, HttpStatus.UNAUTHORIZED, detail);
        }
    }
}
