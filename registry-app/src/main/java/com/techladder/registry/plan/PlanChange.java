package com.techladder.registry.plan;

import java.time.LocalDateTime;

/** One recorded edit of a plan: who changed which field of which scope, from what to what, when. */
record PlanChange(String periodCode, String scope, String field, String oldValue, String newValue,
                  String changedBy, LocalDateTime changedAt) {
}
