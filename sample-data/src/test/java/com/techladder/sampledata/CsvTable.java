package com.techladder.sampledata;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A CSV file read with OpenCSV (not with the generator's code): its header and its rows by column name. */
record CsvTable(List<String> header, List<Map<String, String>> rows) {

    /** Present in a row whose number of cells differs from the header's, with that number. */
    static final String CELL_COUNT_MISMATCH = "(cells)";

    static CsvTable read(Path file) throws IOException {
        return read(file, StandardCharsets.UTF_8);
    }

    static CsvTable read(Path file, Charset charset) throws IOException {
        try (Reader in = Files.newBufferedReader(file, charset)) {
            return read(in);
        }
    }

    static CsvTable parse(String text) throws IOException {
        return read(new StringReader(text));
    }

    private static CsvTable read(Reader in) throws IOException {
        try (CSVReader reader = new CSVReader(in)) {
            List<String[]> lines = reader.readAll();
            List<String> header = List.of(lines.get(0));
            List<Map<String, String>> rows = new ArrayList<>(lines.size() - 1);
            for (String[] line : lines.subList(1, lines.size())) {
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), i < line.length ? line[i] : "");
                }
                if (line.length != header.size()) {
                    row.put(CELL_COUNT_MISMATCH, String.valueOf(line.length));
                }
                rows.add(row);
            }
            return new CsvTable(header, rows);
        } catch (CsvException e) {
            throw new IOException(e);
        }
    }
}
