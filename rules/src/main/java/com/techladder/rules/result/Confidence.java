package com.techladder.rules.result;

/** How sure the source of a parameter is (criteria.md): ✅ confirmed, 🟡 secondary, ❓ provisional. */
public enum Confidence {
    CONFIRMED, SECONDARY, PROVISIONAL
}
