package com.techladder.batch.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
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
        String all = "import_id, line, " + String.join(", ", columnNames) + ", row_hash, row_values";
        this.insertSql = "INSERT INTO " + definition.stagingTable() + " (" + all + ") VALUES ("
                + "?, ".repeat(columnNames.size() + 3) + "?)";
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

    private void copy(PGConnection connection, long importId, List<StagedRow> rows) throws SQLException, IOException {
        StringBuilder csv = new StringBuilder(rows.size() * 600);
        for (StagedRow row : rows) {
            csv.append(importId).append(',').append(row.line());
            for (Object value : row.values()) {
                csv.append(',');
                if (value instanceof String text) {
                    quote(csv, text);
                } else if (value instanceof BigDecimal amount) {
                    csv.append(amount.toPlainString());
                } else if (value != null) {
                    csv.append(value);
                }
            }
            csv.append(',').append(row.rowHash()).append(',');
            quote(csv, row.rowValues());
            csv.append('\n');
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        connection.getCopyAPI().copyIn(copySql, new ByteArrayInputStream(bytes));
    }

    /** CSV quoting for COPY: always quoted, so an empty string stays distinct from NULL (an unquoted empty field). */
    private static void quote(StringBuilder csv, String text) {
        csv.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                csv.append('"');
            }
            csv.append(c);
        }
        csv.append('"');
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
                insert.setString(p++, row.rowHash());
                insert.setString(p, row.rowValues());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
