package com.techladder.rules.scenario;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import com.techladder.rules.model.AccountingYear;
import com.techladder.rules.model.CertificateRecord;
import com.techladder.rules.model.EnterpriseProfile;
import com.techladder.rules.model.Programme;
import com.techladder.rules.record.RecordColumn;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario file: a base enterprise (its three accounting years before the assessment year, in the camelCase of the
 * CSV columns) and cases, each changing a few values and stating what the rules must answer. See scenarios/README.md.
 */
final class ScenarioFile {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    final String name;
    final Programme programme;
    final JsonNode base;
    final List<JsonNode> cases = new ArrayList<>();

    private ScenarioFile(String name, JsonNode root) {
        this.name = name;
        this.programme = root.hasNonNull("programme") ? Programme.valueOf(root.get("programme").asText()) : null;
        this.base = root.get("base");
        root.get("cases").forEach(cases::add);
    }

    static ScenarioFile load(String file) {
        try (InputStream in = ScenarioFile.class.getClassLoader().getResourceAsStream("scenarios/" + file)) {
            if (in == null) {
                throw new IllegalStateException("no scenario file " + file);
            }
            return new ScenarioFile(file, YAML.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The enterprise of {@code testCase} assessed in {@code year}: the base years Y−3..Y−1 ({@code years: 3} by
     * default), then the case's {@code set} (applied to Y−1), {@code setAllYears}, and {@code setYear: {Y−k: {...}}}.
     */
    EnterpriseProfile profile(JsonNode testCase, int year) {
        JsonNode baseYear = base.get("year");
        int count = testCase.path("years").asInt(base.path("years").asInt(3));
        List<AccountingYear> years = new ArrayList<>();
        for (int k = 1; k <= count; k++) {
            Map<String, JsonNode> values = new LinkedHashMap<>();
            merge(values, baseYear);
            merge(values, base.path("byYear").path("Y-" + k));
            merge(values, testCase.path("setAllYears"));
            if (k == 1) {
                merge(values, testCase.path("set"));
            }
            merge(values, testCase.path("setYear").path("Y-" + k));
            years.add(accountingYear(year - k, values));
        }
        if (testCase.has("currentYear")) {
            Map<String, JsonNode> values = new LinkedHashMap<>();
            merge(values, testCase.get("currentYear"));
            years.add(accountingYear(year, values));
        }
        JsonNode enterprise = testCase.path("enterprise");
        String established = enterprise.has("establishedOn") ? enterprise.get("establishedOn").asText(null)
                : base.path("establishedOn").asText(null);
        Boolean zone = enterprise.has("inHitechZone") ? Boolean.valueOf(enterprise.get("inHitechZone").asBoolean())
                : base.has("inHitechZone") ? Boolean.valueOf(base.get("inHitechZone").asBoolean()) : null;
        List<CertificateRecord> certificates = new ArrayList<>();
        for (JsonNode c : testCase.path("certificates")) {
            certificates.add(new CertificateRecord(Programme.parse(c.get("programme").asText()), c.path("certificateNo").asText(null),
                    LocalDate.parse(c.get("issuedOn").asText()),
                    c.hasNonNull("validUntil") ? LocalDate.parse(c.get("validUntil").asText()) : null,
                    c.path("revoked").asBoolean(false),
                    c.hasNonNull("revokedOn") ? LocalDate.parse(c.get("revokedOn").asText()) : null, null));
        }
        return new EnterpriseProfile("91350100M000100Y43", "场景企业", "350104", zone,
                established == null ? null : LocalDate.parse(established), years, certificates);
    }

    private static void merge(Map<String, JsonNode> into, JsonNode values) {
        Iterator<Map.Entry<String, JsonNode>> it = values.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            into.put(e.getKey(), e.getValue());
        }
    }

    /** Builds an AccountingYear by calling the builder method named like each column; null values stay missing. */
    private static AccountingYear accountingYear(int fiscalYear, Map<String, JsonNode> values) {
        AccountingYear.Builder builder = AccountingYear.builder(fiscalYear);
        for (Map.Entry<String, JsonNode> e : values.entrySet()) {
            RecordColumn column = RecordColumn.byKey(e.getKey()).filter(RecordColumn::perYearColumn)
                    .orElseThrow(() -> new IllegalArgumentException("unknown column '" + e.getKey() + "' in a scenario"));
            JsonNode v = e.getValue();
            column.set(builder, v == null || v.isNull() ? null : switch (column.type()) {
                case AMOUNT, SIGNED_AMOUNT -> new BigDecimal(v.asText());
                case BOOLEAN -> Boolean.valueOf(v.asBoolean());
                default -> Integer.valueOf(v.asInt());
            });
        }
        return builder.build();
    }
}
