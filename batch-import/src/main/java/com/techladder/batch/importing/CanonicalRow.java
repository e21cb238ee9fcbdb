package com.techladder.batch.importing;

import com.techladder.batch.copy.Utf8Buffer;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The canonical JSON of a row and its SHA-256: two files that say the same thing about a key produce the same hash.
 * The JSON is an array of the values in the contract's column order (docs/contracts/import-csv.md), null for missing, amounts
 * without trailing zeros, dates ISO. Only the hash is stored (the history keeps the typed row); the JSON is its
 * definition, unchanged since the first import so that hashes stored then still recognise an identical row.
 *
 * <p>The field list carries a version ({@link ImportColumn#hashVersion()}, the enterprise record's
 * {@code RecordColumn.HASH_VERSION}): version 1 is the first contract's columns, and the columns a later version adds
 * enter the array only when the row has a value of them or of a still later one. So a new optional column changes no
 * stored hash of a row that does not use it, while a row that gives it differs from one that does not.
 */
final class CanonicalRow {

    private final MessageDigest sha256;
    private final Utf8Buffer bytes = new Utf8Buffer(1024);

    CanonicalRow() {
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * SHA-256 (hex) of the row's canonical JSON, encoded straight into UTF-8 bytes: the same digest as
     * {@code sha256(json(columns, values))} without building the text (a third of the checking thread's time). One
     * instance serves one thread: it reuses its buffer.
     */
    String hash(List<? extends ImportColumn> columns, Object[] values) {
        bytes.clear();
        bytes.ascii('[');
        boolean first = true;
        int version = versionUsed(columns, values);
        for (ImportColumn column : columns) {
            if (column.hashVersion() > version) {
                continue;
            }
            Object value = values[column.ordinal()];
            if (!first) {
                bytes.ascii(',');
            }
            first = false;
            if (value == null) {
                bytes.ascii("null");
            } else if (value instanceof BigDecimal amount) {
                // stripTrailingZeros().toPlainString(), 0 for zero
                bytes.decimal(amount, true);
            } else if (value instanceof Integer number) {
                bytes.integer(number);
            } else if (value instanceof Number || value instanceof Boolean) {
                bytes.ascii(value.toString());
            } else {
                quoted(value.toString());
            }
        }
        bytes.ascii(']');
        sha256.update(bytes.bytes(), 0, bytes.length());
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** The definition the hash follows: an array of the values in column order (see the class comment). */
    String json(List<? extends ImportColumn> columns, Object[] values) {
        StringBuilder json = new StringBuilder(320).append('[');
        int version = versionUsed(columns, values);
        for (ImportColumn column : columns) {
            if (column.hashVersion() > version) {
                continue;
            }
            Object value = values[column.ordinal()];
            if (json.length() > 1) {
                json.append(',');
            }
            if (value == null) {
                json.append("null");
            } else if (value instanceof BigDecimal amount) {
                json.append(amount.signum() == 0 ? "0" : amount.stripTrailingZeros().toPlainString());
            } else if (value instanceof Number || value instanceof Boolean) {
                json.append(value);
            } else {
                quote(json, value.toString());
            }
        }
        return json.append(']').toString();
    }

    /** The newest field-list version the row has a value of; 1 when it uses none of the later columns. */
    private static int versionUsed(List<? extends ImportColumn> columns, Object[] values) {
        int version = 1;
        for (ImportColumn column : columns) {
            if (column.hashVersion() > version && values[column.ordinal()] != null) {
                version = column.hashVersion();
            }
        }
        return version;
    }

    private void quoted(String text) {
        bytes.ascii('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> bytes.ascii("\\\"");
                case '\\' -> bytes.ascii("\\\\");
                case '\n' -> bytes.ascii("\\n");
                case '\r' -> bytes.ascii("\\r");
                case '\t' -> bytes.ascii("\\t");
                default -> {
                    if (c < 0x20) {
                        bytes.ascii(String.format("\\u%04x", (int) c));
                    } else {
                        i = bytes.utf8(text, i);
                    }
                }
            }
        }
        bytes.ascii('"');
    }

    private static StringBuilder quote(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }
}
