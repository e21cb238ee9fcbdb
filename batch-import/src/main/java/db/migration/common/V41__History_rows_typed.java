package db.migration.common;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Until V41 the history of enterprise-years was a third copy of every imported row, as positional JSON
 * (accounting_year_history.row_values). From V42 on the accepted rows of an import are themselves the history: the
 * staging table is kept and renamed. This migration carries the rows recorded the old way into the staging table,
 * typed, so that V42 can drop the old table without losing any of them. The column list is the one of V10, frozen here
 * on purpose: a migration must mean tomorrow what it meant when it ran.
 */
public class V41__History_rows_typed extends BaseJavaMigration {

    /** The columns of import_staging_enterprise (V10) in the contract's order, which is also the JSON's order. */
    private static final String[] COLUMNS = {"uscc", "name", "district", "in_hitech_zone", "established_on",
        "fiscal_year", "employees", "tech_staff", "revenue", "total_income", "hitech_revenue", "total_assets",
        "total_liabilities", "net_assets", "total_cost", "rd_expense", "rd_expense_domestic", "ip_class1", "ip_class2",
        "ip_self_developed", "tech_field", "tech_conversions", "expert_innovation_score", "rd_mgmt_system",
        "rd_institution", "conversion_incentives", "talent_system", "provincial_rd_institution", "national_award_top3",
        "led_standard", "above_scale", "software_industry", "audited_tax_method", "restricted_industry",
        "major_safety_incident", "major_quality_incident", "serious_env_violation", "research_misconduct",
        "serious_fraud", "abnormal_operation_list", "serious_dishonesty_list", "rd_super_deduction",
        "income_tax_payable"};
    private static final int BATCH = 1_000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        String insert = "INSERT INTO import_staging_enterprise (import_id, line, " + String.join(", ", COLUMNS)
                + ", row_hash, row_values) VALUES (" + "?, ".repeat(COLUMNS.length + 3) + "?)";
        int[] types = columnTypes(connection);
        try (Statement select = connection.createStatement();
                ResultSet history = select.executeQuery("SELECT import_id, source_line, row_hash, row_values "
                        + "FROM accounting_year_history ORDER BY import_id, source_line");
                PreparedStatement rows = connection.prepareStatement(insert)) {
            int pending = 0;
            int lineless = 0;
            while (history.next()) {
                int p = 1;
                rows.setLong(p++, history.getLong("import_id"));
                // every row was written with its line; a missing one gets a distinct negative placeholder
                int line = history.getInt("source_line");
                rows.setInt(p++, history.wasNull() ? --lineless : line);
                List<Object> values = PositionalJson.parse(history.getString("row_values"));
                if (values.size() != COLUMNS.length) {
                    throw new SQLException("accounting_year_history row of import " + history.getLong("import_id")
                            + " line " + line + ": " + values.size() + " values, expected " + COLUMNS.length);
                }
                for (int i = 0; i < COLUMNS.length; i++) {
                    setValue(rows, p++, types[i], values.get(i));
                }
                rows.setString(p++, history.getString("row_hash"));
                rows.setString(p, history.getString("row_values"));
                rows.addBatch();
                if (++pending == BATCH) {
                    rows.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                rows.executeBatch();
            }
        }
    }

    private static int[] columnTypes(Connection connection) throws SQLException {
        int[] types = new int[COLUMNS.length];
        try (Statement probe = connection.createStatement();
                ResultSet empty = probe.executeQuery("SELECT " + String.join(", ", COLUMNS)
                        + " FROM import_staging_enterprise WHERE 1 = 0")) {
            for (int i = 0; i < COLUMNS.length; i++) {
                types[i] = empty.getMetaData().getColumnType(i + 1);
            }
        }
        return types;
    }

    private static void setValue(PreparedStatement rows, int p, int type, Object value) throws SQLException {
        if (value == null) {
            rows.setNull(p, type);
        } else if (type == Types.DATE) {
            rows.setDate(p, Date.valueOf(LocalDate.parse((String) value)));
        } else if (type == Types.BOOLEAN || type == Types.BIT) {
            rows.setBoolean(p, (Boolean) value);
        } else if (type == Types.INTEGER || type == Types.SMALLINT || type == Types.BIGINT) {
            rows.setInt(p, ((BigDecimal) value).intValueExact());
        } else if (type == Types.NUMERIC || type == Types.DECIMAL) {
            rows.setBigDecimal(p, (BigDecimal) value);
        } else {
            rows.setString(p, (String) value);
        }
    }

    /** The JSON arrays CanonicalRow wrote: strings, numbers, true/false and null, nothing nested. */
    static final class PositionalJson {

        private final String text;
        private int at;

        private PositionalJson(String text) {
            this.text = text;
        }

        static List<Object> parse(String text) throws SQLException {
            return new PositionalJson(text.strip()).array();
        }

        private List<Object> array() throws SQLException {
            expect('[');
            List<Object> values = new ArrayList<>();
            if (peek() == ']') {
                at++;
                return values;
            }
            while (true) {
                values.add(value());
                char next = text.charAt(at++);
                if (next == ']') {
                    return values;
                }
                if (next != ',') {
                    throw malformed();
                }
            }
        }

        private Object value() throws SQLException {
            char c = peek();
            if (c == '"') {
                return string();
            }
            int start = at;
            while (at < text.length() && ",]".indexOf(text.charAt(at)) < 0) {
                at++;
            }
            String token = text.substring(start, at).strip();
            return switch (token) {
                case "null" -> null;
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> {
                    try {
                        yield new BigDecimal(token);
                    } catch (NumberFormatException e) {
                        throw malformed();
                    }
                }
            };
        }

        private String string() throws SQLException {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char escaped = text.charAt(at++);
                switch (escaped) {
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> out.append(escaped);
                }
            }
        }

        private char peek() throws SQLException {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            if (at >= text.length()) {
                throw malformed();
            }
            return text.charAt(at);
        }

        private void expect(char c) throws SQLException {
            if (peek() != c) {
                throw malformed();
            }
            at++;
        }

        private SQLException malformed() {
            return new SQLException("accounting_year_history.row_values is not a positional JSON array: " + text);
        }
    }
}
