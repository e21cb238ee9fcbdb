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
import org.springframework.security.authentication.LockedException;
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
 * <li>CSRF protection for everything a browser can post with its cookie; it is skipped only for calls carrying an
 * {@code Authorization: Basic} header (a browser never adds one to a cross-site form post, since we never send a Basic
 * challenge to a browser that did not already use Basic) and for the public self-check, which stores nothing;</li>
 * <li>URL rules say only "public" or "signed in"; which role may do what is declared next to each endpoint with
 * {@code @PreAuthorize}, so features do not need to edit this class.</li>
 * </ul>
 */
@Configuration
@EnableMethodSecurity
@EnableConfigurationProperties(LoginThrottleProperties.class)
class SecurityConfig {

    /** Reachable without signing in. */
    static final String[] PUBLIC_PATHS = {
        "/", "/self-check", "/self-check/**", "/login", "/error",
        "/css/**", "/js/**", "/webjars/**", "/images/**", "/favicon.ico",
        "/actuator/health", "/actuator/health/**",
        "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui/**", "/swagger-ui.html"
    };
    static final String SELF_CHECK_API = "/api/v1/self-check";

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
                problems.write(response, HttpStatus.FORBIDDEN, "当前账户无权访问该资源");
            }
        };
        RequestMatcher carriesBasicCredentials = request -> isBasic(request.getHeader(HttpHeaders.AUTHORIZATION));

        http
            .authorizeHttpRequests(auth -> auth
                .requestMatchers(PUBLIC_PATHS).permitAll()
                .requestMatchers(HttpMethod.POST, SELF_CHECK_API).permitAll()
                .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                .anyRequest().authenticated())
            .httpBasic(basic -> basic
                .realmName(ProblemEntryPoint.REALM)
                .authenticationEntryPoint(apiEntryPoint))
            .formLogin(form -> form
                .loginPage("/login")
                .defaultSuccessUrl("/", false)
                .failureHandler(loginFailureHandler())
                .permitAll())
            .logout(logout -> logout
                .logoutUrl("/logout")
                .logoutSuccessUrl("/login?logout")
                .permitAll())
            .csrf(csrf -> csrf.ignoringRequestMatchers(
                carriesBasicCredentials,
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, SELF_CHECK_API)))
            .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
            .exceptionHandling(ex -> ex
                .defaultAuthenticationEntryPointFor(apiEntryPoint, API)
                .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                        AnyRequestMatcher.INSTANCE)
                .defaultAccessDeniedHandlerFor(apiAccessDenied, API)
                .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE));
        return http.build();
    }

    static boolean isBasic(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    private static boolean isAnonymous() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken;
    }

    /** A locked (throttled) account gets its own message on the login page; every other failure the same one. */
    private static ExceptionMappingAuthenticationFailureHandler loginFailureHandler() {
        ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
        handler.setDefaultFailureUrl("/login?error");
        return handler;
    }

    /** 401 as a problem; the Basic challenge only to a client that already tried Basic, so browsers never cache it. */
    private record ProblemEntryPoint(ProblemWriter problems) implements AuthenticationEntryPoint {

        static final String REALM = "TechLadder";

        @Override
        public void commence(HttpServletRequest request, HttpServletResponse response,
                AuthenticationException failure) throws IOException {
            String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (isBasic(authorization)) {
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
            }
            String detail = failure instanceof LockedException
                    ? "登录失败次数过多，账户已暂时锁定，请稍后再试"
                    : authorization == null ? "请先登录（HTTP Basic 或登录页面）" : "用户名或密码错误";
            problems.write(response, HttpStatus.UNAUTHORIZED, detail);
        }
    }
}
