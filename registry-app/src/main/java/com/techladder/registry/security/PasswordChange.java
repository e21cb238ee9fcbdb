package com.techladder.registry.security;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;

/**
 * A signed-in user changes their own password: the current one is required (and counted like a login attempt, so a
 * stolen session cannot guess it), the new one is hashed with BCrypt.
 */
@Service
class PasswordChange {

    static final int MIN_LENGTH = 8;
    /** BCrypt reads at most 72 bytes. */
    static final int MAX_LENGTH = 72;

    private final UserAccounts accounts;
    private final PasswordChecks checks;
    private final KnownPasswords knownPasswords;
    private final LoginThrottleProperties throttle;
    /** The sessions in the database (Spring Session JDBC); absent where sessions are the container's (test slices). */
    private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

    PasswordChange(UserAccounts accounts, PasswordChecks checks, KnownPasswords knownPasswords,
            LoginThrottleProperties throttle, ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
        this.accounts = accounts;
        this.checks = checks;
        this.knownPasswords = knownPasswords;
        this.throttle = throttle;
        this.sessions = sessions;
    }

    /** What is wrong with a change request, as a field and a message key with its arguments. */
    record Problem(String field, String messageKey, Object... arguments) {
    }

    /**
     * Changes the password when nothing is wrong; otherwise changes nothing and returns every problem.
     *
     * @param confirmation the new password typed again (the form); null when the caller did not send one (the API)
     * @param keptSessionId the session the change was made in, which stays signed in; null for none (Basic)
     */
    List<Problem> change(String username, String currentPassword, String newPassword, String confirmation,
            String keptSessionId) {
        List<Problem> problems = new ArrayList<>(newPasswordProblems(currentPassword, newPassword, confirmation));
        if (!currentPasswordIsRight(username, currentPassword)) {
            problems.add(0, new Problem("currentPassword", "password.error.current"));
        }
        if (problems.isEmpty()) {
            accounts.changePassword(username, newPassword);
            endOtherSessions(username, keptSessionId);
        }
        return problems;
    }

    /** A changed password signs the user out everywhere else: whoever held another session held it with the old one. */
    private void endOtherSessions(String username, String keptSessionId) {
        sessions.ifAvailable(repository -> repository.findByPrincipalName(username).keySet().stream()
                .filter(id -> !id.equals(keptSessionId)).forEach(repository::deleteById));
    }

    private List<Problem> newPasswordProblems(String current, String password, String confirmation) {
        List<Problem> problems = new ArrayList<>();
        String field = "newPassword";
        if (password == null || password.length() < MIN_LENGTH) {
            problems.add(new Problem(field, "password.error.tooShort", MIN_LENGTH));
        } else if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_LENGTH) {
            problems.add(new Problem(field, "password.error.tooLong", MAX_LENGTH));
        } else if (knownPasswords.isKnown(password)) {
            problems.add(new Problem(field, "password.error.known"));
        } else if (password.equals(current)) {
            problems.add(new Problem(field, "password.error.same"));
        }
        if (confirmation != null && !confirmation.equals(password)) {
            problems.add(new Problem("confirmPassword", "password.error.mismatch"));
        }
        return problems;
    }

    private boolean currentPasswordIsRight(String username, String password) {
        AppUser account = accounts.find(username).orElse(null);
        LocalDateTime now = LocalDateTime.now();
        boolean right = account != null && password != null
                && accounts.reserveAttempt(username, now, throttle.maxFailures(), now.plus(throttle.lockDuration()))
                && checks.matches(password, account.passwordHash());
        if (right) {
            accounts.recordSuccess(username);
        }
        return right;
    }
}
