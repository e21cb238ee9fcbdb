package com.techladder.rules.result;

/** How sure the source of a parameter is (docs/policy/README.md): ✅ confirmed, 🟡 secondary, ❓ provisional. */
public enum Confidence {
    CONFIRMED, SECONDARY, PROVISIONAL
}
