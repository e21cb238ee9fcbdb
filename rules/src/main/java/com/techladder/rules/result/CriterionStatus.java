package com.techladder.rules.result;

/** A criterion's result: 符合 / 不符合 / 待核实 (data missing). Missing data never counts as a pass. */
public enum CriterionStatus {
    MET, NOT_MET, UNKNOWN
}
