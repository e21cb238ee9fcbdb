package com.techladder.batch.classification;

import com.techladder.rules.model.AccountingYear;
import com.techladder.rules.record.RecordColumn;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.stream.Collectors;

/**
 * Maps an {@code accounting_year} row to the rules' {@link AccountingYear}, amounts in canonical form: every per-year
 * column of the record contract ({@link RecordColumn#perYear()}), read by its type.
 */
final class AccountingYearRowMapper {

    static final String COLUMNS = "uscc, fiscal_year, "
            + RecordColumn.perYear().stream().map(RecordColumn::csvName).collect(Collectors.joining(", "));

    private AccountingYearRowMapper() {
    }

    static AccountingYear map(ResultSet rs) throws SQLException {
        AccountingYear.Builder year = AccountingYear.builder(rs.getInt("fiscal_year"));
        for (RecordColumn column : RecordColumn.perYear()) {
            Object value = value(rs, column);
            if (value != null) {
                column.set(year, value);
            }
        }
        return year.build();
    }

    private static Object value(ResultSet rs, RecordColumn column) throws SQLException {
        String name = column.csvName();
        return switch (column.type()) {
            case COUNT, TECH_FIELD, FISCAL_YEAR -> integer(rs, name);
            // the panel scores whole points; the column allows decimals only because some lists print them
            case SCORE -> {
                BigDecimal score = rs.getBigDecimal(name);
                yield score == null ? null : score.setScale(0, RoundingMode.HALF_UP).intValue();
            }
            case BOOLEAN -> bool(rs, name);
            case AMOUNT, SIGNED_AMOUNT -> CanonicalProfile.amount(rs.getBigDecimal(name));
            case USCC, NAME, DISTRICT, DATE -> throw new IllegalStateException(name + " is not a per-year column");
        };
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }
}
