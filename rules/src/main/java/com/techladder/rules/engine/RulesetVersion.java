package com.techladder.rules.engine;

import com.techladder.rules.explain.CriterionCatalogue;
import com.techladder.rules.model.Programme;
import com.techladder.rules.model.SubsidyProgramme;
import com.techladder.rules.parameter.ParameterFiles;
import com.techladder.rules.parameter.ParameterSet;
import com.techladder.rules.text.Names;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The ruleset version: the first 12 hex digits of SHA-256 over the DRL files, the criterion catalogue, the names and
 * unit texts ({@code texts/names.yaml}) and the canonical parameter values. Any change to a rule, a criterion or a value changes it; reformatting a parameter file or editing
 * its comments does not.
 */
final class RulesetVersion {

    /** Every rule file of the {@code ladder} KieBase; RuleFilesTest keeps this list equal to the directory. */
    static final List<String> RULE_FILES = List.of(
            "tech-sme.drl", "provincial-hte.drl", "national-hte.drl", "little-giant.drl",
            "rd-segmented-grant.drl", "rd-growth-grant.drl", "little-giant-reward.drl", "hte-recognition-reward.drl");

    static final String RULE_DIRECTORY = "com/techladder/rules/";

    private RulesetVersion() {
    }

    static String of(ParameterSet parameters) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String file : RULE_FILES) {
                sha.update(ParameterFiles.bytes(RULE_DIRECTORY + file));
            }
            for (Programme p : Programme.values()) {
                sha.update(ParameterFiles.bytes(CriterionCatalogue.fileOf(p)));
            }
            for (SubsidyProgramme p : SubsidyProgramme.values()) {
                sha.update(ParameterFiles.bytes(CriterionCatalogue.fileOf(p)));
            }
            sha.update(ParameterFiles.bytes(Names.FILE));
            sha.update(parameters.toCanonicalJson().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
