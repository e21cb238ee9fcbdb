package com.techladder.registry.system;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Replaces Spring Boot's {@code /error} JSON with a problem, so errors that no controller advice sees (404 for an
 * unknown path, 405, an unexpected exception) are {@code application/problem+json} too. Browsers asking for HTML still
 * get the HTML error page.
 */
@Controller
@RequestMapping("${spring.web.error.path:${error.path:/error}}")
class ProblemErrorController extends BasicErrorController {

    private final MessageSource messages;

    ProblemErrorController(ErrorAttributes errorAttributes, WebProperties webProperties,
            ObjectProvider<ErrorViewResolver> errorViewResolvers, MessageSource messages) {
        super(errorAttributes, webProperties.getError(), errorViewResolvers.orderedStream().toList());
        this.messages = messages;
    }

    @Override
    @RequestMapping
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = HttpStatus.resolve(getStatus(request).value());
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        if (status == HttpStatus.NO_CONTENT) {
            return new ResponseEntity<>(status);
        }
        Map<String, Object> attributes = getErrorAttributes(request, ErrorAttributeOptions.defaults());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detailFor(status, RequestContextUtils.getLocale(request)));
        body.put("instance", attributes.get("path"));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    /**
     * The detail by status in the reader's language ({@code api.problem.<status>}, {@code api.problem.5xx}); the
     * exception message is not shown, as it may reveal internals.
     */
    private String detailFor(HttpStatus status, Locale locale) {
        String key = status.is5xxServerError() ? "api.problem.5xx" : "api.problem." + status.value();
        return messages.getMessage(key, null, status.getReasonPhrase(), locale);
    }
}
