package com.techladder.registry.enterprise;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import com.techladder.rules.identity.FuzhouDivision;
import com.techladder.rules.record.RecordColumn;

/**
 * Reads the registry tables that the batch-import module writes ({@code enterprise}, {@code accounting_year},
 * {@code certificate}). Read-only by design: every write goes through an import, which keeps its history.
 */
@Repository
public class EnterpriseRecords {

    /** The columns of a year as the record contract declares them (rules' RecordColumn): a new one appears here. */
    private static final List<RecordColumn> YEAR_COLUMNS = Stream.concat(Stream.of(RecordColumn.FISCAL_YEAR),
            RecordColumn.perYear().stream()).toList();
    private static final String YEARS = "SELECT " + YEAR_COLUMNS.stream().map(RecordColumn::csvName)
            .collect(Collectors.joining(", ")) + " FROM accounting_year WHERE uscc = ? ORDER BY fiscal_year";

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

    /** The fiscal year and every per-year column of the record contract, in its order, by JSON key. */
    private List<Map<String, Object>> years(String uscc) {
        return jdbc.query(YEARS, (rs, row) -> {
            Map<String, Object> year = new LinkedHashMap<>();
            for (RecordColumn column : YEAR_COLUMNS) {
                year.put(column.key(), jsonValue(rs.getObject(column.csvName())));
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
