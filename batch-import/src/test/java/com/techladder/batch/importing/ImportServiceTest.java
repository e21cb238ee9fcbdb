package com.techladder.batch.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.techladder.batch.DatabaseSpecific;
import com.techladder.batch.text.Message;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The facade as registry-app uses it: an upload started in the background, then polled. */
@DatabaseSpecific
class ImportServiceTest extends ImportTestSupport {

    @Test
    void startsAnUploadInTheBackgroundAndReportsItsStatus() throws Exception {
        byte[] upload = ("uscc,name,district,established_on,fiscal_year,employees,tech_staff,revenue,total_assets,"
                + "rd_expense\n" + USCC_A + ",甲,350102,2015-03-01,2023,100,20,1000,800,60\n")
                .getBytes(StandardCharsets.UTF_8);

        long importId = imports.start(ImportKind.ENTERPRISES, "上传.csv", new ByteArrayInputStream(upload),
                Optional.empty(), "staff");

        ImportStatus status = imports.find(importId).orElseThrow();
        for (int i = 0; i < 600 && ImportStatus.STARTED.equals(status.status()); i++) {
            Thread.sleep(100);
            status = imports.find(importId).orElseThrow();
        }
        assertThat(status.status()).as(status.message()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(status).extracting(ImportStatus::kind, ImportStatus::fileName, ImportStatus::startedBy,
                ImportStatus::written).containsExactly("enterprises", "上传.csv", "staff", 1);
        assertThat(status.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(upload)));
        assertThat(status.finishedAt()).isAfterOrEqualTo(status.startedAt());
        // the job's end deletes it just after the merge has committed COMPLETED: allow it that moment
        List<Path> copies = stagedCopiesOf(upload);
        for (int i = 0; i < 100 && !copies.isEmpty(); i++) {
            Thread.sleep(50);
            copies = stagedCopiesOf(upload);
        }
        assertThat(copies).as("the staged copy goes once the import is final").isEmpty();
    }

    private List<Path> stagedCopiesOf(byte[] upload) throws IOException {
        Path staging = Path.of(STAGING_DIR);
        try (Stream<Path> files = Files.list(staging)) {
            return files.filter(file -> {
                try {
                    return Arrays.equals(Files.readAllBytes(file), upload);
                } catch (IOException e) {
                    return false; // removed meanwhile by another import
                }
            }).toList();
        }
    }

    @Test
    void refusesAFileLevelProblemBeforeStartingAnything() {
        assertThatThrownBy(() -> imports.start(ImportKind.CERTIFICATES, "x.csv",
                new ByteArrayInputStream("uscc,name\n".getBytes(StandardCharsets.UTF_8)), Optional.empty(), "staff"))
                .isInstanceOf(ImportFileRejectedException.class)
                .extracting(e -> ((ImportFileRejectedException) e).text())
                .isEqualTo(Message.of("import.text.missingColumns", "programme (类别), issued_on (发证日期/入库日期)"));
        assertThat(count("SELECT COUNT(*) FROM data_import")).isZero();
    }
}
