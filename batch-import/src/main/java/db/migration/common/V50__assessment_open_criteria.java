package db.migration.common;

import com.techladder.batch.classification.OpenCriteria;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Issue 11: the doubling plan's pipeline is ranked and cut in SQL, so each assessment keeps the number of its 国家高企
 * criteria not yet met in a column of its own ({@code national_hte_open_criteria}, written by the classification job
 * from now on). Existing records of the pipeline's outcomes (ELIGIBLE, NEEDS_REVIEW) get it from their stored result,
 * counted by the same {@link OpenCriteria} the job uses — a Java migration because H2 cannot read JSON arrays in SQL.
 * Assessment records are otherwise immutable: on PostgreSQL the trigger that refuses updates (V21) is switched off for
 * this one backfill, inside the migration's transaction, and on again at its end.
 */
public class V50__assessment_open_criteria extends BaseJavaMigration {

    private static final int PAGE = 1000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE assessment ADD COLUMN national_hte_open_criteria INTEGER");
            if (postgres) {
                ddl.execute("ALTER TABLE assessment DISABLE TRIGGER assessment_immutable");
            }
        }
        backfill(connection);
        if (postgres) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("ALTER TABLE assessment ENABLE TRIGGER assessment_immutable");
            }
        }
    }

    /** Page by page in key order, so that a registry of millions of records never sits in memory. */
    private static void backfill(Connection connection) throws SQLException {
        long afterRun = -1;
        String afterUscc = "";
        while (true) {
            List<Object[]> page = new ArrayList<>(PAGE);
            try (PreparedStatement select = connection.prepareStatement("SELECT run_id, uscc, result FROM assessment"
                    + " WHERE national_hte_outcome IN ('ELIGIBLE', 'NEEDS_REVIEW')"
                    + " AND (run_id > ? OR (run_id = ? AND uscc > CAST(? AS CHAR(18)))) ORDER BY run_id, uscc LIMIT " + PAGE)) {
                select.setLong(1, afterRun);
                select.setLong(2, afterRun);
                select.setString(3, afterUscc);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        page.add(new Object[] {rs.getLong(1), rs.getString(2),
                                OpenCriteria.ofStoredResult(rs.getString(3))});
                    }
                }
            }
            if (page.isEmpty()) {
                return;
            }
            update(connection, page);
            Object[] last = page.get(page.size() - 1);
            afterRun = (Long) last[0];
            afterUscc = (String) last[1];
        }
    }

    private static void update(Connection connection, List<Object[]> page) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE assessment SET national_hte_open_criteria = ? WHERE run_id = ? AND uscc = CAST(? AS CHAR(18))")) {
            for (Object[] row : page) {
                if (row[2] == null) {
                    update.setNull(1, Types.INTEGER);
                } else {
                    update.setInt(1, (Integer) row[2]);
                }
                update.setLong(2, (Long) row[0]);
                update.setString(3, (String) row[1]);
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
