package com.techladder.batch.simulation;

import com.techladder.rules.model.Programme;
import com.techladder.rules.result.Outcome;

/** One cell of a programme's outcome transition matrix: so many enterprises went from {@code from} to {@code to}. */
public record Transition(Programme programme, Outcome from, Outcome to, int count) {
}
