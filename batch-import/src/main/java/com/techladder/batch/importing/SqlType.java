package com.techladder.batch.importing;

import java.sql.Types;

/** The SQL type a staged value is written as (JDBC batch on H2, COPY text on PostgreSQL). */
public enum SqlType {
    TEXT(Types.VARCHAR),
    INTEGER(Types.INTEGER),
    DECIMAL(Types.NUMERIC),
    BOOLEAN(Types.BOOLEAN),
    DATE(Types.DATE);

    private final int jdbcType;

    SqlType(int jdbcType) {
        this.jdbcType = jdbcType;
    }

    public int jdbcType() {
        return jdbcType;
    }
}
