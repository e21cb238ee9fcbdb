package com.techladder.registry.security;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A request carrying {@code Authorization: Basic} stands on its own: it neither reads a session (so it is authenticated
 * by its Basic credentials or not at all — which is what makes skipping CSRF for it safe) nor creates one (not for its
 * security context, not for a CSRF token a page it renders asks for).
 */
final class BasicIsStateless {

    private BasicIsStateless() {
    }

    static boolean carriesBasic(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    /** Security contexts: per request for Basic, in the session for everything else. */
    static SecurityContextRepository securityContexts() {
        SecurityContextRepository perRequest = new RequestAttributeSecurityContextRepository();
        SecurityContextRepository withSession = new DelegatingSecurityContextRepository(
                perRequest, new HttpSessionSecurityContextRepository());
        return new SecurityContextRepository() {

            @Override
            @Deprecated
            @SuppressWarnings("deprecation")
            public SecurityContext loadContext(
                    org.springframework.security.web.context.HttpRequestResponseHolder holder) {
                return pick(holder.getRequest()).loadContext(holder);
            }

            @Override
            public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
                return pick(request).loadDeferredContext(request);
            }

            @Override
            public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
                pick(request).saveContext(context, request, response);
            }

            @Override
            public boolean containsContext(HttpServletRequest request) {
                return pick(request).containsContext(request);
            }

            private SecurityContextRepository pick(HttpServletRequest request) {
                return carriesBasic(request) ? perRequest : withSession;
            }
        };
    }

    /** CSRF tokens in the session, except for Basic requests: theirs are made for the page and never stored. */
    static CsrfTokenRepository csrfTokens() {
        HttpSessionCsrfTokenRepository inSession = new HttpSessionCsrfTokenRepository();
        return new CsrfTokenRepository() {

            @Override
            public CsrfToken generateToken(HttpServletRequest request) {
                return inSession.generateToken(request);
            }

            @Override
            public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
                if (!carriesBasic(request)) {
                    inSession.saveToken(token, request, response);
                }
            }

            @Override
            public CsrfToken loadToken(HttpServletRequest request) {
                return carriesBasic(request) ? null : inSession.loadToken(request);
            }
        };
    }
}
