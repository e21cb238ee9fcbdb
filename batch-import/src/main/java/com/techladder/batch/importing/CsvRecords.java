package com.techladder.batch.importing;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvValidationException;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The records of a CSV file (RFC 4180: quoted fields may hold commas, doubled quotes and line breaks), each with the
 * physical line it starts on, blank lines (and rows of empty cells, as Excel leaves them) skipped. Decoding is strict:
 * a malformed byte is an error, never a replacement character.
 */
final class CsvRecords implements Closeable {

    /** One record: the physical line it starts on (1 = first line of the file) and its cells. */
    record Record(int line, String[] cells) {
    }

    private final CSVReader reader;
    private long linesRead;

    CsvRecords(Path file, DetectedEncoding encoding) throws IOException {
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(encoding.bomLength());
        InputStreamReader decoded = new InputStreamReader(in, encoding.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        // RFC 4180 parser: a backslash is an ordinary character (OpenCSV's default parser treats it as an escape)
        this.reader = new CSVReaderBuilder(new BufferedReader(decoded, 1 << 16))
                .withCSVParser(new RFC4180ParserBuilder().build())
                .build();
    }

    /** The next non-blank record, or null at the end of the file. */
    Record next() throws IOException {
        while (true) {
            long startLine = linesRead + 1;
            String[] cells;
            try {
                cells = reader.readNext();
            } catch (CharacterCodingException e) {
                throw new ImportFileRejectedException(e, "import.file.undecodable", startLine);
            } catch (CsvValidationException | IOException e) {
                throw new ImportFileRejectedException(e, "import.file.csvFormat", startLine, e.getMessage());
            }
            linesRead = reader.getLinesRead();
            if (cells == null) {
                return null;
            }
            if (!isBlank(cells)) {
                return new Record((int) startLine, cells);
            }
        }
    }

    private static boolean isBlank(String[] cells) {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
