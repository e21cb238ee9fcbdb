package com.techladder.batch.importing;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Base of the import functional tests: one Spring context for all of them (H2 or PostgreSQL by profile), registry
 * tables emptied before each test, and helpers to write small files and run an import to its end.
 */
// small chunks so that the restart test's file spans several (chunk boundaries and restarts get exercised)
@SpringBootTest(properties = {"techladder.import.staging-dir=" + ImportTestSupport.STAGING_DIR,
        "techladder.import.chunk-size=50",
        // the recovery tests call the beat themselves: the background one would race them
        "techladder.import.heartbeat=1h"})
public abstract class ImportTestSupport {

    /** In this module's build directory: the start-up sweep must never see another checkout's uploads. */
    protected static final String STAGING_DIR = "target/test-imports";

    /** Valid USCCs (check digits computed by {@link com.techladder.rules.identity.Uscc}). */
    protected static final String USCC_A = "91350100M000100Y43";
    protected static final String USCC_B = withCheckDigit("91350102MA2N0ABG");
    protected static final String USCC_C = withCheckDigit("91350104771583283");

    @Autowired
    protected ImportService imports;
    @Autowired
    protected JdbcTemplate jdbc;
    @TempDir
    protected Path dir;

    static String withCheckDigit(String first17) {
        String body = (first17 + "00000000000000000").substring(0, 17);
        return body + com.techladder.rules.identity.Uscc.checkCharacter(body);
    }

    @BeforeEach
    void emptyRegistry() {
        for (String table : List.of("import_staging_certificate", "accounting_year_history",
                "accounting_year", "certificate", "enterprise", "import_issue", "data_import")) {
            jdbc.update("DELETE FROM " + table);
        }
    }

    protected Path file(String name, String content) throws IOException {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    protected Path file(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    protected ImportStatus importNow(ImportKind kind, Path file) throws IOException {
        return imports.importNow(kind, file.getFileName().toString(), file, Optional.empty(), "tester");
    }

    protected ImportStatus importNow(ImportKind kind, Path file, Charset encoding) throws IOException {
        return imports.importNow(kind, file.getFileName().toString(), file, Optional.of(encoding), "tester");
    }

    /** The rejections and warnings of an import, as maps with line, column_name, cell_value, reason, severity. */
    protected List<Map<String, Object>> issues(long importId) {
        return jdbc.queryForList("SELECT line, column_name, cell_value, reason, severity FROM import_issue "
                + "WHERE import_id = ? ORDER BY line, column_name", importId);
    }

    protected int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}
