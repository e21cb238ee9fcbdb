package com.techladder.batch.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rejected rows of an import as CSV ({@code line,column,value,reason}), UTF-8 with BOM so Excel shows the
 * Chinese values and reasons; each stored reason (a message code) is put into words by the caller. Cells starting
 * with = + - @ get a leading ' so a spreadsheet never runs them as formulas.
 */
final class RejectionsCsv {

    private RejectionsCsv() {
    }

    /** Rows fetched at a time: a file of 400,000 bad rows is written without ever being held whole. */
    private static final int FETCH_SIZE = 1000;

    static void write(JdbcTemplate jdbc, long importId, Writer out, UnaryOperator<String> reasons) throws IOException {
        out.write('\uFEFF');
        out.write("line,column,value,reason\r\n");
        try {
            jdbc.execute((Connection connection) -> {
                // PostgreSQL hands a result over a cursor, FETCH_SIZE rows at a time, only inside a transaction
                boolean ownTransaction = connection.getAutoCommit();
                connection.setAutoCommit(false);
                try (PreparedStatement select = connection.prepareStatement("SELECT line, column_name, cell_value,"
                        + " reason FROM import_issue WHERE import_id = ? AND severity = 'REJECTED' ORDER BY line")) {
                    select.setFetchSize(FETCH_SIZE);
                    select.setLong(1, importId);
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            out.write(rs.getInt("line") + "," + cell(rs.getString("column_name")) + ","
                                    + cell(rs.getString("cell_value")) + "," + cell(reasons.apply(rs.getString("reason"))) + "\r\n");
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } finally {
                    if (ownTransaction) {
                        connection.rollback();
                        connection.setAutoCommit(true);
                    }
                }
                return null;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    /** Neutralised against formula injection, then quoted per RFC 4180 when needed. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0;
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
