package com.techladder.batch.importing;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The canonical JSON of a row and its SHA-256: two files that say the same thing about a key produce the same hash.
 * The JSON is an array of the values in the contract's column order (import-csv.md), null for missing, amounts
 * without trailing zeros, dates ISO. Only the hash is stored (the history keeps the typed row); the JSON is its
 * definition, unchanged since the first import so that hashes stored then still recognise an identical row.
 */
final class CanonicalRow {

    private final MessageDigest sha256;
    private byte[] bytes = new byte[1024];
    private int length;

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
        length = 0;
        ascii('[');
        boolean first = true;
        for (ImportColumn column : columns) {
            Object value = values[column.ordinal()];
            if (!first) {
                ascii(',');
            }
            first = false;
            if (value == null) {
                ascii("null");
            } else if (value instanceof BigDecimal amount) {
                plainWithoutTrailingZeros(amount);
            } else if (value instanceof Number || value instanceof Boolean) {
                ascii(value.toString());
            } else {
                quoted(value.toString());
            }
        }
        ascii(']');
        sha256.update(bytes, 0, length);
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** The definition the hash follows: an array of the values in column order (see the class comment). */
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

    /** {@code stripTrailingZeros().toPlainString()}, 0 for zero, without the intermediate BigDecimal. */
    private void plainWithoutTrailingZeros(BigDecimal amount) {
        if (amount.signum() == 0) {
            ascii('0');
            return;
        }
        String plain = amount.toPlainString();
        int end = plain.length();
        if (plain.indexOf('.') >= 0) {
            while (plain.charAt(end - 1) == '0') {
                end--;
            }
            if (plain.charAt(end - 1) == '.') {
                end--;
            }
        }
        ensure(end);
        for (int i = 0; i < end; i++) {
            bytes[length++] = (byte) plain.charAt(i);
        }
    }

    private void quoted(String text) {
        ascii('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> ascii("\\\"");
                case '\\' -> ascii("\\\\");
                case '\n' -> ascii("\\n");
                case '\r' -> ascii("\\r");
                case '\t' -> ascii("\\t");
                default -> {
                    if (c < 0x20) {
                        ascii(String.format("\\u%04x", (int) c));
                    } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        utf8(Character.toCodePoint(c, text.charAt(++i)));
                    } else if (Character.isSurrogate(c)) {
                        utf8('?'); // what String.getBytes(UTF_8) writes for a lone surrogate
                    } else {
                        utf8(c);
                    }
                }
            }
        }
        ascii('"');
    }

    private void utf8(int codePoint) {
        ensure(4);
        if (codePoint < 0x80) {
            bytes[length++] = (byte) codePoint;
        } else if (codePoint < 0x800) {
            bytes[length++] = (byte) (0xC0 | codePoint >> 6);
            bytes[length++] = (byte) (0x80 | codePoint & 0x3F);
        } else if (codePoint < 0x10000) {
            bytes[length++] = (byte) (0xE0 | codePoint >> 12);
            bytes[length++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
            bytes[length++] = (byte) (0x80 | codePoint & 0x3F);
        } else {
            bytes[length++] = (byte) (0xF0 | codePoint >> 18);
            bytes[length++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
            bytes[length++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
            bytes[length++] = (byte) (0x80 | codePoint & 0x3F);
        }
    }

    private void ascii(char c) {
        ensure(1);
        bytes[length++] = (byte) c;
    }

    private void ascii(String text) {
        ensure(text.length());
        for (int i = 0; i < text.length(); i++) {
            bytes[length++] = (byte) text.charAt(i);
        }
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
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
