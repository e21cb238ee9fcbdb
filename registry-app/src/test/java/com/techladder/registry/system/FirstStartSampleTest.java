package com.techladder.registry.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;

import com.techladder.batch.importing.ImportKind;
import com.techladder.batch.importing.ImportService;
import com.techladder.batch.importing.ImportStatus;

/**
 * What the first start imports, without importing it (the import path has its own tests; the Fuzhou registry's shape
 * is sample-data's FuzhouRegistryTest): the generated Fuzhou registry by default, the named directory otherwise, and
 * nothing into a registry that already holds enterprises.
 */
class FirstStartSampleTest {

    private final ImportService imports = mock(ImportService.class);
    private final JdbcTemplate jdbc = mock(JdbcTemplate.class);
    /** File name and data lines of each file handed to the import, read while it still exists. */
    private final List<String> handedOver = new ArrayList<>();

    @Test
    void anEmptyRegistryGetsTheGeneratedFuzhouRegistry_enterprisesFirst_andTheTemporaryFilesAreGone() throws IOException {
        Path[] directory = new Path[1];
        recordImports(directory);

        firstStart(new SampleDataProperties(true, null));

        assertThat(handedOver).containsExactly("enterprises.csv 44250", "certificates.csv 27653");
        assertThat(directory[0]).doesNotExist();
    }

    @Test
    void aNamedDirectoryIsImportedInstead() throws IOException {
        recordImports(new Path[1]);

        firstStart(new SampleDataProperties(true, Path.of("..", "sample-data")));

        assertThat(handedOver).containsExactly("enterprises.csv 5860", "certificates.csv 1670");
    }

    @Test
    void aRegistryWithEnterprisesIsLeftAlone() throws IOException {
        when(jdbc.query(anyString(), any(ResultSetExtractor.class))).thenReturn(1);

        firstStart(new SampleDataProperties(true, null));

        verify(imports, never()).importNow(any(), anyString(), any(Path.class), any(), anyString());
    }

    private void firstStart(SampleDataProperties properties) throws IOException {
        new SampleDataImport(imports, jdbc, properties).run(new DefaultApplicationArguments());
    }

    private void recordImports(Path[] directory) throws IOException {
        for (ImportKind kind : SampleDataImport.ORDERED_KINDS) {
            when(imports.importNow(eq(kind), anyString(), any(Path.class), eq(Optional.empty()),
                    eq(SampleDataImport.STARTED_BY))).thenAnswer(call -> {
                        Path file = call.getArgument(2);
                        directory[0] = file.getParent();
                        try (var lines = Files.lines(file)) {
                            handedOver.add(file.getFileName() + " " + (lines.count() - 1));
                        }
                        return new ImportStatus(1, kind.code(), file.getFileName().toString(), null,
                                ImportStatus.COMPLETED, 0, 0, 0, 0, null, null, SampleDataImport.STARTED_BY, null, null);
                    });
        }
    }
}
