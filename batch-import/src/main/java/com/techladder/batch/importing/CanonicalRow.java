package com.techladder.batch.importing;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The canonical JSON of a row and its SHA-256: two files that say the same thing about a key produce the same hash.
 * The JSON is an array of the values in the contract's column order (import-csv.md), null for missing, amounts
 * without trailing zeros, dates ISO: positional rather than keyed because the history keeps one per imported row and
 * the column names would triple its size (and the time to write it).
 */
final class CanonicalRow {

    private final MessageDigest sha256;

    CanonicalRow() {
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    String json(List<? extends ImportColumn> columns, Object[] values) {
        StringBuilder json = new StringBuilder(320).append('[');
        for (ImportColumn column : columns) {
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

    String hash(String json) {
        return HexFormat.of().formatHex(sha256.digest(json.getBytes(StandardCharsets.UTF_8)));
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
