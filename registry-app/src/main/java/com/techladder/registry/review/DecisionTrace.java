package com.techladder.registry.review;

import com.techladder.batch.classification.ClassificationRun;
import com.techladder.rules.result.Assessment;

/**
 * What an auditor sees of one enterprise in one run: the stored result, the exact inputs it was computed from, and
 * whether those inputs still match the hash stored with them.
 *
 * @param name the enterprise's name as it was evaluated
 * @param inputsJson the stored inputs, indented
 * @param inputHashVerified the SHA-256 of the stored inputs equals the stored hash
 */
record DecisionTrace(ClassificationRun run, String uscc, String name, Assessment assessment, String inputsJson, String inputHash,
        boolean inputHashVerified) {
}
