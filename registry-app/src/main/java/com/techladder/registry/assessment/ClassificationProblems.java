package com.techladder.registry.assessment;

import com.techladder.batch.classification.RestartRefusedException;
import com.techladder.batch.classification.RunInProgressException;
import com.techladder.registry.system.MessageWords;
import com.techladder.registry.system.Problems;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A launch while another run holds the lock → {@code 409} problem, naming the run in progress; a restart on a registry
 * changed since the run's launch → {@code 409} problem with the reason.
 */
@RestControllerAdvice(assignableTypes = ClassificationRunController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ClassificationProblems {

    private final MessageWords words;

    ClassificationProblems(MessageSource messages) {
        this.words = MessageWords.of(messages);
    }

    @ExceptionHandler(RunInProgressException.class)
    ResponseEntity<ProblemDetail> runInProgress(RunInProgressException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, words.say(e, LocaleContextHolder.getLocale()));
        if (e.runningRunId() != null) {
            problem.setProperty("runningRunId", Long.toString(e.runningRunId()));
        }
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(RestartRefusedException.class)
    ResponseEntity<ProblemDetail> restartRefused(RestartRefusedException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.of(HttpStatus.CONFLICT,
                words.say(e, LocaleContextHolder.getLocale())));
    }
}
