package com.techladder.rules.engine;

/**
 * The engine new evaluations use: the rules with the parameter version in force now. An application that keeps its
 * parameters in a database implements it and switches engines when a new version is approved; whoever evaluates asks
 * once per request (or run) and keeps the answer, so no request is answered under two versions.
 */
@FunctionalInterface
public interface EngineInForce {

    PolicyEngine engine();

    /** The parameter files shipped in this build, for an application without parameter versions. */
    static EngineInForce shipped() {
        return PolicyEngines::standard;
    }
}
