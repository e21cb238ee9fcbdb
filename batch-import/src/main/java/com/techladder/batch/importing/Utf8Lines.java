package com.techladder.batch.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How a file's lines read as UTF-8: the first line (1-based, physical) holding a byte sequence UTF-8 forbids, and the
 * first line holding a valid multi-byte UTF-8 character (Chinese text, say). A file with both is two encodings
 * stitched together; GB18030 would decode it too — it decodes any bytes — and turn its UTF-8 half into mojibake.
 *
 * @param firstInvalid first line not valid UTF-8; 0 when every line is
 * @param firstMultibyte first valid line with a multi-byte character; 0 when none has one
 */
record Utf8Lines(long firstInvalid, long firstMultibyte) {

    /** Scans {@code file} after {@code skip} bytes (a BOM), stopping as soon as both lines are known. */
    static Utf8Lines scan(Path file, int skip) throws IOException {
        long line = 1;
        long firstInvalid = 0;
        long firstMultibyte = 0;
        boolean lineInvalid = false;
        boolean lineMultibyte = false;
        int expected = 0; // continuation bytes still due
        int low = 0x80;
        int high = 0xBF; // range of the next continuation byte
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            in.skipNBytes(skip);
            int b;
            while ((b = in.read()) >= 0 && (firstInvalid == 0 || firstMultibyte == 0)) {
                if (expected > 0) {
                    if (b >= low && b <= high) {
                        expected--;
                        low = 0x80;
                        high = 0xBF;
                        continue;
                    }
                    lineInvalid = true;
                    expected = 0;
                    // this byte is judged afresh below: a newline still ends the line
                }
                if (b == '\n') {
                    firstInvalid = firstInvalid == 0 && lineInvalid ? line : firstInvalid;
                    firstMultibyte = firstMultibyte == 0 && lineMultibyte && !lineInvalid ? line : firstMultibyte;
                    line++;
                    lineInvalid = false;
                    lineMultibyte = false;
                } else if (b >= 0x80) {
                    expected = continuationBytes(b);
                    if (expected == 0) {
                        lineInvalid = true;
                    } else {
                        lineMultibyte = true;
                        low = b == 0xE0 ? 0xA0 : b == 0xF0 ? 0x90 : 0x80;
                        high = b == 0xED ? 0x9F : b == 0xF4 ? 0x8F : 0xBF;
                    }
                }
            }
        }
        lineInvalid |= expected > 0;
        firstInvalid = firstInvalid == 0 && lineInvalid ? line : firstInvalid;
        firstMultibyte = firstMultibyte == 0 && lineMultibyte && !lineInvalid ? line : firstMultibyte;
        return new Utf8Lines(firstInvalid, firstMultibyte);
    }

    /** Continuation bytes after a lead byte (RFC 3629); 0 for a byte that cannot start a character. */
    private static int continuationBytes(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 1;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 2;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            return 3;
        }
        return 0;
    }
}
