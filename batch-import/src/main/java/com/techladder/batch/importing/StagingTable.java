package com.techladder.batch.importing;

import com.techladder.batch.copy.Utf8Buffer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Writes valid rows into a kind's staging table inside the current chunk transaction: PostgreSQL COPY when the
 * connection is PostgreSQL (several times faster than batched INSERTs for these wide rows, stack-notes.md), a JDBC
 * batch otherwise (H2).
 */
final class StagingTable {

    private final List<String> columnNames = new ArrayList<>();
    private final List<SqlType> types = new ArrayList<>();
    private final String insertSql;
    private final String copySql;

    StagingTable(ImportDefinition definition) {
        for (ImportColumn column : definition.columns()) {
            columnNames.add(column.csvName());
            types.add(column.type().sqlType());
        }
        for (StagingColumn column : definition.derivedColumns()) {
            columnNames.add(column.name());
            types.add(column.type());
        }
        String all = "import_id, line, " + String.join(", ", columnNames) + ", row_hash";
        this.insertSql = "INSERT INTO " + definition.stagingTable() + " (" + all + ") VALUES ("
                + "?, ".repeat(columnNames.size() + 2) + "?)";
        this.copySql = "COPY " + definition.stagingTable() + " (" + all + ") FROM STDIN WITH (FORMAT csv)";
    }

    /**
     * Stages a chunk's valid rows: through COPY with each row's prepared text (or the row encoded now), or as a JDBC
     * batch (H2).
     */
    void write(DataSource dataSource, long importId, List<? extends ValidatedRow> chunk)
            throws SQLException, IOException {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            if (connection.isWrapperFor(PGConnection.class)) {
                copy(connection.unwrap(PGConnection.class), importId, chunk);
            } else {
                List<StagedRow> rows = new ArrayList<>(chunk.size());
                for (ValidatedRow row : chunk) {
                    if (row.staged() != null) {
                        rows.add(row.staged());
                    }
                }
                if (!rows.isEmpty()) {
                    insert(connection, importId, rows);
                }
            }
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private void copy(PGConnection connection, long importId, List<? extends ValidatedRow> chunk)
            throws SQLException, IOException {
        OutputStream copy = null;
        try {
            for (ValidatedRow row : chunk) {
                if (row.staged() == null) {
                    continue;
                }
                if (copy == null) { // a chunk of rejected rows only stages nothing
                    copy = new PGCopyOutputStream(connection, copySql, 1 << 16);
                }
                copy.write(row.copyText() != null ? row.copyText() : copyText(importId, row.staged()));
            }
        } finally {
            if (copy != null) {
                copy.close();
            }
        }
    }

    /** Whether the data source stages through COPY (PostgreSQL), so rows are worth encoding ahead. */
    static boolean usesCopy(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isWrapperFor(PGConnection.class);
        }
    }

    /**
     * The row as a line of COPY's CSV, encoded into UTF-8 bytes by hand: a Writer's encoder and the strings of every
     * number were the staging thread's largest cost. Pure: runs on the reader's preparing thread.
     */
    byte[] copyText(long importId, StagedRow row) {
        Utf8Buffer csv = new Utf8Buffer(512);
        csv.ascii(Long.toString(importId));
        csv.ascii(',');
        csv.integer(row.line());
        for (Object value : row.values()) {
            csv.ascii(',');
            if (value instanceof String text) {
                csv.quoted(text);
            } else if (value instanceof Integer number) {
                csv.integer(number);
            } else if (value instanceof BigDecimal amount) {
                csv.decimal(amount, false);
            } else if (value instanceof Boolean flag) {
                csv.ascii(flag ? 't' : 'f');
            } else if (value instanceof LocalDate date) {
                isoDate(csv, date);
            } else if (value != null) {
                csv.quoted(value.toString());
            }
        }
        csv.ascii(',');
        csv.ascii(row.rowHash());
        csv.ascii('\n');
        return java.util.Arrays.copyOf(csv.bytes(), csv.length());
    }

    /** YYYY-MM-DD for years 1000–9999 (the contract's dates), LocalDate.toString otherwise. */
    private static void isoDate(Utf8Buffer csv, LocalDate date) {
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            csv.ascii(date.toString());
            return;
        }
        csv.integer(year);
        csv.ascii(date.getMonthValue() < 10 ? "-0" : "-");
        csv.integer(date.getMonthValue());
        csv.ascii(date.getDayOfMonth() < 10 ? "-0" : "-");
        csv.integer(date.getDayOfMonth());
    }

    private void insert(Connection connection, long importId, List<StagedRow> rows) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(insertSql)) {
            for (StagedRow row : rows) {
                int p = 1;
                insert.setLong(p++, importId);
                insert.setInt(p++, row.line());
                Object[] values = row.values();
                for (int i = 0; i < values.length; i++) {
                    if (values[i] == null) {
                        insert.setNull(p++, types.get(i).jdbcType());
                    } else {
                        insert.setObject(p++, values[i]);
                    }
                }
                insert.setString(p, row.rowHash());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
