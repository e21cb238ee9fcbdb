package com.techladder.rules.result;

/** A programme's outcome: 符合条件 / 不符合 / 需复核 / 资料不足 (glossary.md). */
public enum Outcome {
    ELIGIBLE, NOT_ELIGIBLE, NEEDS_REVIEW, INSUFFICIENT_DATA
}
