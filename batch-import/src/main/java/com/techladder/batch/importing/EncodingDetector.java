package com.techladder.batch.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Decides how a file is decoded: UTF-8 (with or without BOM) first, GB18030 (what Excel writes on a Chinese Windows)
 * second — only for a file with no UTF-8 text in it: one that mixes both is refused, naming its first line that is not
 * UTF-8 — or the encoding the user named (refused for a file that is evidently UTF-8). The whole file is decoded
 * strictly before anything is imported, so an undecodable byte refuses the file with its line and offset instead of
 * turning into a replacement character in the registry.
 */
public final class EncodingDetector {

    public static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final int BUFFER = 1 << 16;

    private EncodingDetector() {
    }

    /** Detects (or, when {@code explicit} is given, checks) the encoding of {@code file}. */
    public static DetectedEncoding detect(Path file, Charset explicit) throws IOException {
        byte[] head = readHead(file);
        refuseBinary(file, head);
        int bom = startsWith(head, UTF8_BOM) ? UTF8_BOM.length : 0;
        if (explicit != null) {
            return checkExplicit(file, explicit, bom);
        }
        OptionalLong utf8Error = firstUndecodableByte(file, StandardCharsets.UTF_8, bom);
        if (utf8Error.isEmpty()) {
            return new DetectedEncoding(StandardCharsets.UTF_8, bom);
        }
        Utf8Lines lines = Utf8Lines.scan(file, bom);
        if (bom > 0) {
            throw new ImportFileRejectedException("import.file.bomNotUtf8", lines.firstInvalid(), utf8Error.getAsLong());
        }
        if (lines.firstMultibyte() > 0) {
            throw new ImportFileRejectedException("import.file.mixedEncodings", lines.firstMultibyte(),
                    lines.firstInvalid(), utf8Error.getAsLong());
        }
        OptionalLong gbError = firstUndecodableByte(file, GB18030, 0);
        if (gbError.isEmpty()) {
            return new DetectedEncoding(GB18030, 0);
        }
        throw new ImportFileRejectedException("import.file.unknownEncoding", lines.firstInvalid(), utf8Error.getAsLong(),
                lineOf(file, gbError.getAsLong()), gbError.getAsLong());
    }

    /**
     * The encoding the user named must decode the file, and a file that reads as UTF-8 with Chinese text (or starts
     * with a UTF-8 BOM) is UTF-8, whatever was named: decoding it as GB18030 would succeed — GB18030 decodes any
     * bytes — and store mojibake, or miss the header's first column behind the BOM.
     */
    private static DetectedEncoding checkExplicit(Path file, Charset explicit, int bom) throws IOException {
        boolean utf8 = explicit.equals(StandardCharsets.UTF_8);
        if (!utf8 && firstUndecodableByte(file, StandardCharsets.UTF_8, bom).isEmpty()) {
            long multibyte = Utf8Lines.scan(file, bom).firstMultibyte();
            if (bom > 0 || multibyte > 0) {
                throw bom > 0 ? new ImportFileRejectedException("import.file.utf8BomNotChosen", explicit.name())
                        : new ImportFileRejectedException("import.file.utf8NotChosen", multibyte, explicit.name());
            }
        }
        int skip = utf8 ? bom : 0;
        firstUndecodableByte(file, explicit, skip).ifPresent(offset -> {
            throw new ImportFileRejectedException("import.file.notInEncoding", explicit.name(), lineOf(file, offset),
                    offset);
        });
        return new DetectedEncoding(explicit, skip);
    }

    /** The 1-based line holding byte {@code offset}. */
    private static long lineOf(Path file, long offset) {
        long line = 1;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER)) {
            for (long i = 0; i < offset; i++) {
                if (in.read() == '\n') {
                    line++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return line;
    }

    private static byte[] readHead(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(BUFFER);
        }
    }

    /** Excel workbooks and other binary files are refused by name; CSV text never holds control bytes such as NUL. */
    private static void refuseBinary(Path file, byte[] head) throws IOException {
        if (startsWith(head, new byte[] {'P', 'K', 3, 4})) {
            throw new ImportFileRejectedException("import.text.workbook");
        }
        if (startsWith(head, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})) {
            throw new ImportFileRejectedException("import.text.oldWorkbook");
        }
        byte[] buffer = new byte[BUFFER];
        long offset = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    int b = buffer[i];
                    // GB18030 and UTF-8 never use bytes below 0x30 inside a multi-byte character
                    if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                        throw new ImportFileRejectedException("import.file.controlCharacter", offset + i,
                                String.format("%02X", b));
                    }
                }
                offset += n;
            }
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Byte offset of the first byte {@code charset} cannot decode, skipping {@code skip} leading bytes. */
    static OptionalLong firstUndecodableByte(Path file, Charset charset, int skip) throws IOException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(BUFFER);
        CharBuffer out = CharBuffer.allocate(BUFFER);
        long consumed = skip;
        try (InputStream stream = Files.newInputStream(file)) {
            stream.skipNBytes(skip);
            boolean eof = false;
            while (!eof) {
                int n = stream.read(in.array(), in.position(), in.remaining());
                eof = n < 0;
                if (n > 0) {
                    in.position(in.position() + n);
                }
                in.flip();
                CoderResult result = decoder.decode(in, out, eof);
                if (result.isError()) {
                    return OptionalLong.of(consumed + in.position());
                }
                out.clear();
                consumed += in.position();
                in.compact();
            }
            CoderResult result = decoder.flush(out);
            if (result.isError()) {
                return OptionalLong.of(consumed);
            }
        }
        return OptionalLong.empty();
    }
}
