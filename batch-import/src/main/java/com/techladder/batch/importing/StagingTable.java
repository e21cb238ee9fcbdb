package com.techladder.batch.importing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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

    void write(DataSource dataSource, long importId, List<StagedRow> rows) throws SQLException, IOException {
        if (rows.isEmpty()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            if (connection.isWrapperFor(PGConnection.class)) {
                copy(connection.unwrap(PGConnection.class), importId, rows);
            } else {
                insert(connection, importId, rows);
            }
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Streams the rows as CSV into COPY: no chunk-sized string is built, encoded and copied again. */
    private void copy(PGConnection connection, long importId, List<StagedRow> rows) throws SQLException, IOException {
        String rowStart = importId + ",";
        try (Writer csv = new BufferedWriter(new OutputStreamWriter(
                new PGCopyOutputStream(connection, copySql, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            for (StagedRow row : rows) {
                csv.write(rowStart);
                csv.write(Integer.toString(row.line()));
                for (Object value : row.values()) {
                    csv.write(',');
                    if (value instanceof String text) {
                        quote(csv, text);
                    } else if (value instanceof BigDecimal amount) {
                        csv.write(amount.toPlainString());
                    } else if (value != null) {
                        csv.write(value.toString());
                    }
                }
                csv.write(',');
                csv.write(row.rowHash());
                csv.write('\n');
            }
        }
    }

    /** CSV quoting for COPY: always quoted, so an empty string stays distinct from NULL (an unquoted empty field). */
    private static void quote(Writer csv, String text) throws IOException {
        csv.write('"');
        csv.write(text.indexOf('"') < 0 ? text : text.replace("\"", "\"\""));
        csv.write('"');
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
