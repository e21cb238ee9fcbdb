package com.techladder.registry.enterprise;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import com.techladder.rules.identity.FuzhouDivision;

/**
 * Reads the registry tables that the batch-import module writes ({@code enterprise}, {@code accounting_year},
 * {@code certificate}). Read-only by design: every write goes through an import, which keeps its history.
 */
@Repository
public class EnterpriseRecords {

    /** Bookkeeping columns of {@code accounting_year} that are not figures of the enterprise. */
    private static final Set<String> NOT_FIGURES =
            Set.of("uscc", "row_hash", "source_import_id", "source_line", "updated_at");

    private final JdbcTemplate jdbc;

    EnterpriseRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<EnterpriseRecord> find(String uscc) {
        return jdbc.query("SELECT uscc, name, district, in_hitech_zone, established_on, profile_fiscal_year"
                        + " FROM enterprise WHERE uscc = ?",
                (rs, row) -> new EnterpriseRecord(
                        rs.getString("uscc").trim(),
                        rs.getString("name"),
                        trimmed(rs.getString("district")),
                        districtName(trimmed(rs.getString("district"))),
                        (Boolean) rs.getObject("in_hitech_zone"),
                        localDate(rs.getDate("established_on")),
                        (Integer) rs.getObject("profile_fiscal_year", Integer.class),
                        years(uscc),
                        certificates(uscc)),
                uscc).stream().findFirst();
    }

    /**
     * Every figure column, in table order (which is the CSV contract's order), named in camelCase; taken from the
     * table itself so a column added by a later migration appears without touching this class.
     */
    private List<Map<String, Object>> years(String uscc) {
        return jdbc.query("SELECT * FROM accounting_year WHERE uscc = ? ORDER BY fiscal_year", (rs, row) -> {
            ResultSetMetaData meta = rs.getMetaData();
            Map<String, Object> year = new LinkedHashMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                String column = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
                if (!NOT_FIGURES.contains(column)) {
                    year.put(camelCase(column), jsonValue(rs.getObject(i)));
                }
            }
            return year;
        }, uscc);
    }

    private List<EnterpriseRecord.Certificate> certificates(String uscc) {
        return jdbc.query("SELECT programme, certificate_no, issued_on, effective_valid_until, valid_until, revoked,"
                        + " revoked_on, batch, name_on_list FROM certificate WHERE uscc = ?"
                        + " ORDER BY issued_on, programme, certificate_key",
                EnterpriseRecords::certificate, uscc);
    }

    private static EnterpriseRecord.Certificate certificate(ResultSet rs, int row) throws SQLException {
        return new EnterpriseRecord.Certificate(
                rs.getString("programme"),
                rs.getString("certificate_no"),
                localDate(rs.getDate("issued_on")),
                localDate(rs.getDate("effective_valid_until")),
                localDate(rs.getDate("valid_until")),
                rs.getBoolean("revoked"),
                localDate(rs.getDate("revoked_on")),
                rs.getString("batch"),
                rs.getString("name_on_list"));
    }

    static String camelCase(String column) {
        StringBuilder name = new StringBuilder(column.length());
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }

    /** Amounts without the database's trailing zeros (8000, not 8000.0000), never in exponent notation. */
    private static Object jsonValue(Object value) {
        if (value instanceof BigDecimal amount) {
            BigDecimal stripped = amount.stripTrailingZeros();
            return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }
        if (value instanceof Short small) {
            return small.intValue();
        }
        return value;
    }

    private static String districtName(String code) {
        return code == null ? null : FuzhouDivision.byCode(code).map(FuzhouDivision::nameZh).orElse(null);
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
