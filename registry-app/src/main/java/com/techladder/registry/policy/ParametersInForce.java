package com.techladder.registry.policy;

import com.techladder.registry.audit.AuditLog;
import com.techladder.rules.engine.EngineInForce;
import com.techladder.rules.engine.PolicyEngine;
import com.techladder.rules.engine.PolicyEngines;
import com.techladder.rules.parameter.ParameterFiles;
import com.techladder.rules.parameter.ParameterSet;
import com.techladder.rules.parameter.ParameterTexts;
import com.techladder.rules.parameter.ParameterYaml;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The parameter version in force on this instance, and its engine. Every instance polls the latest version number
 * ({@code techladder.policy.poll}, 10 s by default: a switch within a minute everywhere); when it changed, the new
 * version's engine is built once, off the request path, then swapped in one atomic write — a request that asked before
 * keeps the engine it got, one that asks after gets the new one, none sees a mixture. The first start stores the
 * shipped parameter files as version 1.
 */
@Component
public class ParametersInForce implements EngineInForce {

    /** A version with its parameters and engine: swapped as one object. */
    public record InForce(ParameterVersion version, ParameterTexts texts, ParameterSet parameters, PolicyEngine engine) {
    }

    private static final Logger log = LoggerFactory.getLogger(ParametersInForce.class);

    private final ParameterVersions versions;
    private final AtomicReference<InForce> current = new AtomicReference<>();
    /** Ruleset version → parameter version, for every version this instance put in force (a handful). */
    private final Map<String, ParameterVersion> byRuleset = new ConcurrentHashMap<>();

    ParametersInForce(ParameterVersions versions) {
        this.versions = versions;
    }

    @Override
    public PolicyEngine engine() {
        return inForce().engine();
    }

    /** The version in force with its files, set and engine, read together. */
    public InForce inForce() {
        InForce now = current.get();
        return now != null ? now : refresh();
    }

    /** Follows the latest approved version; cheap when nothing changed (one {@code MAX(version)} query). */
    @Scheduled(fixedDelayString = "${techladder.policy.poll:10s}", initialDelayString = "${techladder.policy.poll:10s}")
    public synchronized InForce refresh() {
        int latest = versions.latestNumber();
        if (latest == 0) {
            versions.seed(ParameterTexts.shipped(), AuditLog.SYSTEM);
            latest = versions.latestNumber();
        }
        InForce now = current.get();
        if (now != null && now.version().number() == latest) {
            return now;
        }
        ParameterVersion version = versions.find(latest).orElseThrow();
        ParameterTexts texts = versions.texts(latest);
        ParameterSet parameters = ParameterYaml.read(texts).set();
        InForce next = new InForce(version, texts, parameters, engineFor(parameters));
        byRuleset.put(next.engine().rulesetVersion(), version);
        current.set(next);
        log.info("Parameter version {} in force", latest);
        return next;
    }

    /**
     * The parameter version an answer was given under, from the ruleset version it reports: a result page names the
     * version that really applied, even when another was approved meanwhile. Empty for an engine this instance did
     * not put in force (a replay of an old run).
     */
    public Optional<ParameterVersion> versionFor(String rulesetVersion) {
        inForce();
        return Optional.ofNullable(byRuleset.get(rulesetVersion));
    }

    /** The shipped set keeps the shared standard engine: no second KieBase for the same parameters. */
    private static PolicyEngine engineFor(ParameterSet parameters) {
        return parameters.toCanonicalJson().equals(Shipped.CANONICAL) ? PolicyEngines.standard() : PolicyEngines.of(parameters);
    }

    private static final class Shipped {
        static final String CANONICAL = ParameterFiles.load().toCanonicalJson();
    }
}
