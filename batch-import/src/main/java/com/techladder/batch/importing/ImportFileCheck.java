package com.techladder.batch.importing;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.util.unit.DataSize;

/**
 * The file-level checks of the contract, all made before a single row is staged: size limit, not text, undecodable
 * bytes (with their offset), empty, no header, a required column absent. Run at upload time (so the API can answer
 * 400 at once) and again as the job's first step.
 */
public final class ImportFileCheck {

    /** What the checks learned: how to decode the file and where its columns are. */
    public record Result(DetectedEncoding encoding, HeaderMapping header) {
    }

    private ImportFileCheck() {
    }

    public static Result check(Path file, ImportDefinition definition, Charset explicitEncoding, DataSize maxSize)
            throws IOException {
        long size = Files.size(file);
        if (size > maxSize.toBytes()) {
            throw new ImportFileRejectedException("import.file.tooLarge", DataSize.ofBytes(size).toMegabytes(),
                    maxSize.toMegabytes());
        }
        if (size == 0) {
            throw new ImportFileRejectedException("import.text.emptyFile");
        }
        DetectedEncoding encoding = EncodingDetector.detect(file, explicitEncoding);
        return new Result(encoding, CsvHeader.inspect(file, encoding, definition.columns()));
    }
}
