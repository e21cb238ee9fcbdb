package com.techladder.batch.assessment;

import com.techladder.batch.copy.BinaryCopy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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
import org.postgresql.copy.CopyIn;
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
    private static final int COPY_PIECE = 128 * 1024;

    private final DataSource dataSource;
    private final CriterionCatalog catalog;

    AssessmentInserts(DataSource dataSource, CriterionCatalog catalog) {
        this.dataSource = dataSource;
        this.catalog = catalog;
    }

    /** One record per enterprise of a run: {@code assessments.get(i)} is the result of {@code profiles.get(i)}. */
    void append(long runId, List<EnterpriseProfile> profiles, List<Assessment> assessments) throws SQLException {
        List<byte[]> results = catalog.compactAllUtf8(assessments);
        List<AssessmentRow> rows = new ArrayList<>(profiles.size());
        for (int i = 0; i < profiles.size(); i++) {
            rows.add(AssessmentRow.of(runId, profiles.get(i), assessments.get(i), results.get(i)));
        }
        insert(rows);
    }

    private void insert(List<AssessmentRow> rows) throws SQLException {
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

    /**
     * The rows in COPY's binary format, sent in pieces of {@value #COPY_PIECE} bytes: each value is its length and its
     * bytes, so the server neither scans the ~13 KB of JSON per row for quotes and line ends (CSV's parsing was a fifth
     * of the backends' CPU) nor holds a text of the whole chunk.
     */
    private static void copy(PGConnection connection, List<AssessmentRow> rows) throws SQLException {
        CopyIn copy = connection.getCopyAPI().copyIn("COPY assessment (" + COLUMNS + ") FROM STDIN WITH (FORMAT binary)");
        try {
            BinaryCopy binary = new BinaryCopy(2 * COPY_PIECE);
            binary.header();
            for (AssessmentRow r : rows) {
                binary.row(COLUMN_COUNT);
                for (Object value : values(r)) {
                    append(binary, value);
                }
                if (binary.length() >= COPY_PIECE) {
                    copy.writeToCopy(binary.bytes(), 0, binary.length());
                    binary.clear();
                }
            }
            binary.trailer();
            copy.writeToCopy(binary.bytes(), 0, binary.length());
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** A value in the binary form of its column's type: the Java type of each value matches its column (see values). */
    private static void append(BinaryCopy binary, Object value) {
        if (value == null) {
            binary.nullField();
        } else if (value instanceof byte[] json) {
            binary.utf8(json);
        } else if (value instanceof String text) {
            binary.text(text);
        } else if (value instanceof BigDecimal amount) {
            binary.numeric(amount);
        } else if (value instanceof Integer number) {
            binary.int4(number);
        } else if (value instanceof Long number) {
            binary.int8(number);
        } else if (value instanceof Boolean flag) {
            binary.bool(flag);
        } else {
            throw new IllegalArgumentException("no binary COPY form for " + value.getClass());
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
                    } else if (values[i] instanceof byte[] json) {
                        ps.setString(i + 1, new String(json, StandardCharsets.UTF_8));
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
