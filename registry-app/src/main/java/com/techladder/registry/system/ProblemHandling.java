package com.techladder.registry.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.techladder.batch.text.Message;

import jakarta.validation.ConstraintViolationException;

/**
 * RFC 9457 problems for every {@code @RestController} (the API): Spring MVC's own exceptions (via
 * {@link ResponseEntityExceptionHandler}), bean validation and {@link ValidationProblemException} as {@code 400} with
 * {@code errors: [{field, message}]} listing every broken field. Page controllers ({@code @Controller}) keep Spring's
 * HTML error pages. Anything unexpected falls through to {@link ProblemErrorController}, which answers a problem too.
 */
@RestControllerAdvice(annotations = RestController.class)
class ProblemHandling extends ResponseEntityExceptionHandler {

    private final MessageWords words;

    ProblemHandling(MessageSource messages) {
        this.words = MessageWords.of(messages);
    }

    private String invalidRequest() {
        return words.say(Message.of("api.problem.invalid"), LocaleContextHolder.getLocale());
    }

    @ExceptionHandler(ValidationProblemException.class)
    ResponseEntity<ProblemDetail> validationProblem(ValidationProblemException e) {
        Locale locale = LocaleContextHolder.getLocale();
        return badRequest(Problems.validation(words.stored(e.getMessage(), locale), words.said(e.errors(), locale)));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e) {
        List<FieldProblem> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(leaf(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return badRequest(Problems.validation(invalidRequest(), errors));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.add(new FieldProblem(error.getField(), error.getDefaultMessage()));
        }
        e.getBindingResult().getGlobalErrors()
                .forEach(error -> errors.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage())));
        return ResponseEntity.badRequest().body(Problems.validation(invalidRequest(), errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> {
            String parameter = result.getMethodParameter().getParameterName();
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                String field = error instanceof FieldError fieldError ? fieldError.getField() : parameter;
                errors.add(new FieldProblem(field, error.getDefaultMessage()));
            }
        });
        return ResponseEntity.badRequest().body(Problems.validation(invalidRequest(), errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST,
                words.say(Message.of("api.problem.notJson"), LocaleContextHolder.getLocale())));
    }

    private static ResponseEntity<ProblemDetail> badRequest(ProblemDetail problem) {
        return ResponseEntity.badRequest().body(problem);
    }

    /** "evaluate.arg0.records[0].techStaff" → "records[0].techStaff": the method and argument are not the client's. */
    private static String leaf(String path) {
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : path;
    }
}
