package com.techladder.registry.portal;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

import com.techladder.registry.security.RegistryUser;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Model attributes the shared layout needs on every page. Thymeleaf 3.1 no longer exposes the request to templates,
 * so the language switch gets its links from here.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PageContext {

    /**
     * Who the header names: an enterprise by its name (not its USCC), anyone else by user name; null when signed out.
     * Read from the signed-in principal, so no page pays a query for it.
     */
    @ModelAttribute("accountName")
    String accountName() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return authentication.getPrincipal() instanceof RegistryUser user ? user.displayName() : authentication.getName();
    }

    /** The current page with {@code lang} set, keeping the other query parameters (search filters, page numbers). */
    @ModelAttribute("langUrlEn")
    String langUrlEn(HttpServletRequest request) {
        return withLang(request, "en");
    }

    @ModelAttribute("langUrlZh")
    String langUrlZh(HttpServletRequest request) {
        return withLang(request, "zh_CN");
    }

    /** A path-relative link, so the host of the request is never echoed into the page. */
    static String withLang(HttpServletRequest request, String lang) {
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam(LocaleConfig.LANG_PARAM, lang)
                .build()
                .toUriString();
    }
}
