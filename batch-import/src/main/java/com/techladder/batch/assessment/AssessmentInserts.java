package com.techladder.batch.assessment;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import com.techladder.rules.model.EnterpriseProfile;
import com.techladder.rules.result.Assessment;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Appends assessment rows in the current transaction: PostgreSQL's COPY where available (several times faster than
 * batched INSERTs for rows this wide), one JDBC batch otherwise. There is deliberately no update or delete here, nor
 * anywhere else: assessment records are immutable. Results are stored with criteria texts by reference
 * ({@link CriterionCatalog}).
 */
@Component
class AssessmentInserts {

    private static final String COLUMNS = "run_id, uscc, name, district, assessment_year, ruleset_version, input_hash, inputs, result,"
            + " eligible_tier, certified_tier, tech_sme_outcome, tech_sme_score, provincial_hte_outcome,"
            + " national_hte_outcome, national_hte_score_min, national_hte_score_max, national_hte_open_criteria,"
            + " little_giant_outcome, rd_segmented_grant, rd_growth_grant, little_giant_reward, hte_recognition_reward,"
            + " eligible_tier_provisional";
    private static final int COLUMN_COUNT = 24;

    private final DataSource dataSource;
    private final CriterionCatalog catalog;

    AssessmentInserts(DataSource dataSource, CriterionCatalog catalog) {
        this.dataSource = dataSource;
        this.catalog = catalog;
    }

    /** One record per enterprise of a run: {@code assessments.get(i)} is the result of {@code profiles.get(i)}. */
    void append(long runId, List<EnterpriseProfile> profiles, List<Assessment> assessments)
            throws SQLException, IOException {
        List<String> results = catalog.compactAll(assessments);
        List<AssessmentRow> rows = new ArrayList<>(profiles.size());
        for (int i = 0; i < profiles.size(); i++) {
            rows.add(AssessmentRow.of(runId, profiles.get(i), assessments.get(i), results.get(i)));
        }
        insert(rows);
    }

    private void insert(List<AssessmentRow> rows) throws SQLException, IOException {
        // the chunk's transaction holds this connection: the rows commit or roll back with the chunk
        Connection connection = DataSourceUtils.getConnection(dataSource);
        if (connection.isWrapperFor(PGConnection.class)) {
            // a crash may lose the last commits, but never a chunk's rows without its restart point (same transaction):
            // the restart rewrites exactly what was lost, and the run no longer waits for a disk flush per chunk
            try (var statement = connection.createStatement()) {
                statement.execute("SET LOCAL synchronous_commit TO OFF");
            }
            copy(connection.unwrap(PGConnection.class), rows);
        } else {
            batch(connection, rows);
        }
    }

    private static void copy(PGConnection connection, List<AssessmentRow> rows) throws SQLException, IOException {
        StringBuilder csv = new StringBuilder(rows.size() * 4096);
        for (AssessmentRow r : rows) {
            Object[] values = values(r);
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                appendCsv(csv, values[i]);
            }
            csv.append('\n');
        }
        connection.getCopyAPI().copyIn("COPY assessment (" + COLUMNS + ") FROM STDIN WITH (FORMAT csv)",
                new StringReader(csv.toString()));
    }

    /** CSV as COPY reads it: an unquoted empty field is NULL, every text is quoted (so "" stays an empty string). */
    private static void appendCsv(StringBuilder csv, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof String text) {
            csv.append('"');
            if (text.indexOf('"') < 0) {
                csv.append(text);
            } else {
                csv.append(text.replace("\"", "\"\""));
            }
            csv.append('"');
        } else if (value instanceof BigDecimal amount) {
            csv.append(amount.toPlainString());
        } else {
            csv.append(value);
        }
    }

    private static void batch(Connection connection, List<AssessmentRow> rows) throws SQLException {
        String placeholders = "?" + ", ?".repeat(COLUMN_COUNT - 1);
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO assessment (" + COLUMNS + ") VALUES (" + placeholders + ")")) {
            for (AssessmentRow r : rows) {
                Object[] values = values(r);
                for (int i = 0; i < values.length; i++) {
                    if (values[i] == null) {
                        ps.setNull(i + 1, Types.NULL);
                    } else {
                        ps.setObject(i + 1, values[i]);
                    }
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static Object[] values(AssessmentRow r) {
        return new Object[] {r.runId(), r.uscc(), r.name(), r.district(), r.assessmentYear(), r.rulesetVersion(), r.inputHash(), r.inputs(),
                r.result(), r.eligibleTier(), r.certifiedTier(), r.techSmeOutcome(), r.techSmeScore(),
                r.provincialHteOutcome(), r.nationalHteOutcome(), r.nationalHteScoreMin(), r.nationalHteScoreMax(),
                r.nationalHteOpenCriteria(), r.littleGiantOutcome(), r.rdSegmentedGrant(), r.rdGrowthGrant(), r.littleGiantReward(),
                r.hteRecognitionReward(), r.eligibleTierProvisional()};
    }
}
