package com.techladder.batch.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import com.techladder.rules.model.EnterpriseProfile;
import com.techladder.rules.result.Assessment;
import com.techladder.rules.result.ProgrammeResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The stored forms of an assessment record: the inputs as canonical JSON (properties sorted, nulls omitted, amounts
 * without trailing zeros, years and certificates in a fixed order — so equal inputs give equal text and equal
 * hashes), and the result as JSON in the shape of the self-check response.
 */
public final class AssessmentJson {

    private static final ObjectMapper MAPPER = newMapper().build();

    private AssessmentJson() {
    }

    /** The mapper of the stored forms, for a variant that must write them the same way ({@link CriterionCatalog}). */
    static JsonMapper.Builder newMapper() {
        return JsonMapper.builder()
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            // Jackson 3 would keep a record's components first, in declaration order: the stored texts sort them too
            .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL));
    }

    /** Canonical JSON of the inputs; the profile must already be canonical (see {@link CanonicalProfile}). */
    public static String inputs(EnterpriseProfile profile) {
        return new String(inputsUtf8(profile), StandardCharsets.UTF_8);
    }

    /** {@link #inputs} as UTF-8 bytes, written so by Jackson: what COPY sends and the input hash digests. */
    static byte[] inputsUtf8(EnterpriseProfile profile) {
        try {
            return MAPPER.writeValueAsBytes(profile);
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot write the inputs of " + profile.uscc() + " as JSON", e);
        }
    }

    public static EnterpriseProfile parseInputs(String json) {
        return read(json, EnterpriseProfile.class);
    }

    /** The full result JSON (every criterion with all its texts), as the API serves it. */
    public static String result(Assessment assessment) {
        return write(assessment);
    }

    public static Assessment parseResult(String json) {
        return read(json, Assessment.class);
    }

    /**
     * The assessment as results were stored before the assessment and reference days were recorded (runs without an
     * assessment day, issue 10.1): for replaying such a run like with like.
     */
    public static Assessment withoutDays(Assessment a) {
        List<ProgrammeResult> programmes = a.programmes().stream()
                .map(p -> new ProgrammeResult(p.programme(), p.outcome(), p.score(), p.scoreMin(), p.scoreMax(),
                        p.directPath(), p.provisional(), p.criteria(), p.gaps()))
                .toList();
        return new Assessment(a.uscc(), a.assessmentYear(), a.rulesetVersion(), a.eligibleTier(), a.certifiedTier(),
                programmes, a.subsidies());
    }

    /** SHA-256 of the text's UTF-8 bytes, lower-case hex. */
    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** SHA-256 of UTF-8 bytes, lower-case hex. */
    static String sha256(byte[] utf8) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(utf8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JacksonException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " JSON cannot be read", e);
        }
    }
}
