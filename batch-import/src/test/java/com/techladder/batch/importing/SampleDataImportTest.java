package com.techladder.batch.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.techladder.batch.DatabaseSpecific;
import com.techladder.sampledata.GenerationCounts;
import com.techladder.sampledata.SampleDataGenerator;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The generator's files are what the registry imports on first start and in the benchmark: every row they hold must
 * pass the contract's rules, and every certificate must land.
 */
@DatabaseSpecific
class SampleDataImportTest extends ImportTestSupport {

    @Test
    void importsGeneratedEnterprisesAndCertificatesWithoutRejections() throws Exception {
        GenerationCounts generated = SampleDataGenerator.writeTo(dir, 300, 7L,
                SampleDataGenerator.DEFAULT_LATEST_FISCAL_YEAR);

        ImportStatus enterprises = importNow(ImportKind.ENTERPRISES, dir.resolve(SampleDataGenerator.ENTERPRISES_FILE));
        ImportStatus certificates = importNow(ImportKind.CERTIFICATES,
                dir.resolve(SampleDataGenerator.CERTIFICATES_FILE));

        assertThat(enterprises.status()).as(enterprises.message()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(enterprises.rejected()).as(issues(enterprises.importId()).toString()).isZero();
        assertThat(enterprises.written()).isEqualTo(generated.enterpriseRows());
        assertThat(count("SELECT COUNT(*) FROM accounting_year")).isEqualTo(generated.enterpriseRows());
        assertThat(certificates.status()).as(certificates.message()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(certificates.rejected()).as(issues(certificates.importId()).toString()).isZero();
        assertThat(certificates.read()).isEqualTo(generated.certificateRows());
        assertThat(count("SELECT COUNT(*) FROM enterprise")).isGreaterThanOrEqualTo(generated.enterprises());
    }

    @Test
    void importsTheCommittedSampleFiles() throws Exception {
        Path sample = Path.of("..", "sample-data");

        ImportStatus enterprises = importNow(ImportKind.ENTERPRISES, sample.resolve(SampleDataGenerator.ENTERPRISES_FILE));
        ImportStatus certificates = importNow(ImportKind.CERTIFICATES,
                sample.resolve(SampleDataGenerator.CERTIFICATES_FILE));

        assertThat(enterprises.status()).as(enterprises.message()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(enterprises.rejected()).isZero();
        assertThat(certificates.status()).as(certificates.message()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(certificates.rejected()).isZero();
    }
}
