package com.techladder.batch.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.techladder.batch.importing.enterprises.EnterpriseColumn;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * V41/V42: a registry migrated from the JSON history keeps every history row, typed, in the table that is now the
 * history. Runs the real migrations on a database of its own (an H2 in memory, or a PostgreSQL schema).
 */
@SpringBootTest
class HistoryMigrationTest {

    private static final List<EnterpriseColumn> COLUMNS = List.of(EnterpriseColumn.values());

    @Autowired
    private DataSource registry;

    @Test
    void theJsonHistoryRecordedBeforeV41BecomesTypedRowsOfTheNewHistory() throws Exception {
        boolean postgres = new JdbcTemplate(registry).execute((Connection c) -> c.getMetaData().getDatabaseProductName())
                .contains("PostgreSQL");
        String schema = "history_migration_" + UUID.randomUUID().toString().substring(0, 8);
        DataSource dataSource = postgres ? registry : new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:mem:"
                + schema + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String in = postgres ? schema + "." : "";
        try {
            migrate(dataSource, postgres, schema, "23");
            Object[] older = values("福州\"甲\"科技有限公司", 2023, new BigDecimal("1234.5000"), LocalDate.of(2015, 3, 1));
            Object[] newer = values("福州甲科技有限公司", 2023, new BigDecimal("999"), LocalDate.of(2015, 3, 1));
            jdbc.update("INSERT INTO " + in + "data_import (id, kind, file_name, sha256, status, started_by, started_at) "
                    + "VALUES (1, 'enterprises', 'a.csv', ?, 'COMPLETED', 's', CURRENT_TIMESTAMP), "
                    + "(2, 'enterprises', 'b.csv', ?, 'COMPLETED', 's', CURRENT_TIMESTAMP)", "a".repeat(64), "b".repeat(64));
            jdbc.update("INSERT INTO " + in + "enterprise (uscc, name, updated_at) VALUES (?, '甲', CURRENT_TIMESTAMP)",
                    older[0]);
            CanonicalRow canonical = new CanonicalRow();
            for (Object[] row : List.of(older, newer)) {
                long importId = row == older ? 1 : 2;
                jdbc.update("INSERT INTO " + in + "accounting_year_history (uscc, fiscal_year, import_id, source_line, "
                        + "row_hash, row_values, recorded_at) VALUES (?, 2023, ?, ?, ?, ?, CURRENT_TIMESTAMP)", row[0],
                        importId, (int) importId + 1, canonical.hash(COLUMNS, row), canonical.json(COLUMNS, row));
            }

            migrate(dataSource, postgres, schema, "latest");

            List<Map<String, Object>> history = jdbc.queryForList("SELECT * FROM " + in + "accounting_year_history "
                    + "ORDER BY import_id");
            assertThat(history).hasSize(2);
            assertThat(history.get(0)).containsEntry("line", 2).containsEntry("name", "福州\"甲\"科技有限公司")
                    .containsEntry("district", "350102").containsEntry("fiscal_year", 2023)
                    .containsEntry("employees", 120).containsEntry("tech_field", 3)
                    .containsEntry("ip_self_developed", true).containsEntry("in_hitech_zone", null)
                    .containsEntry("row_hash", canonical.hash(COLUMNS, older));
            assertThat((BigDecimal) history.get(0).get("revenue")).isEqualByComparingTo("1234.5");
            assertThat(history.get(0).get("established_on").toString()).startsWith("2015-03-01");
            assertThat((BigDecimal) history.get(1).get("revenue")).isEqualByComparingTo("999");
            assertThat(history.get(0)).doesNotContainKey("row_values");
        } finally {
            if (postgres) {
                jdbc.execute("DROP SCHEMA " + schema + " CASCADE");
            } else {
                jdbc.execute("SHUTDOWN");
            }
        }
    }

    private static void migrate(DataSource dataSource, boolean postgres, String schema, String target) {
        var configuration = Flyway.configure().dataSource(dataSource).target(target)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + (postgres ? "postgresql" : "h2"));
        if (postgres) {
            configuration.schemas(schema);
        }
        configuration.load().migrate();
    }

    private static Object[] values(String name, int year, BigDecimal revenue, LocalDate established) {
        Object[] values = new Object[COLUMNS.size()];
        values[EnterpriseColumn.USCC.ordinal()] = "91350100M000100Y43";
        values[EnterpriseColumn.NAME.ordinal()] = name;
        values[EnterpriseColumn.DISTRICT.ordinal()] = "350102";
        values[EnterpriseColumn.ESTABLISHED_ON.ordinal()] = established;
        values[EnterpriseColumn.FISCAL_YEAR.ordinal()] = year;
        values[EnterpriseColumn.EMPLOYEES.ordinal()] = 120;
        values[EnterpriseColumn.TECH_STAFF.ordinal()] = 20;
        values[EnterpriseColumn.REVENUE.ordinal()] = revenue;
        values[EnterpriseColumn.TOTAL_ASSETS.ordinal()] = new BigDecimal("800");
        values[EnterpriseColumn.RD_EXPENSE.ordinal()] = new BigDecimal("60.25");
        values[EnterpriseColumn.IP_SELF_DEVELOPED.ordinal()] = Boolean.TRUE;
        values[EnterpriseColumn.TECH_FIELD.ordinal()] = 3;
        return values;
    }
}
