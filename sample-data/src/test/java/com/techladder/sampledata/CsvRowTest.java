package com.techladder.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CsvRowTest {

    @Test
    void quotesOnlyWhatRfc4180RequiresAndDoublesQuotes() throws IOException {
        StringWriter out = new StringWriter();
        new CsvRow().text("福州\"榕树\"软件有限公司").text("Fuzhou Harbour Co., Ltd.").text("plain").text(null)
                .writeTo(out);
        assertThat(out).hasToString("\"福州\"\"榕树\"\"软件有限公司\",\"Fuzhou Harbour Co., Ltd.\",plain,\n");
    }

    @Test
    void amountsAreHundredthsOfWanWithoutTrailingZerosAndMissingIsEmpty() throws IOException {
        StringWriter out = new StringWriter();
        new CsvRow().amount(500_000).amount(12_345).amount(12_340).amount(5).amount(-1_822_50)
                .amount(YearFigures.MISSING).optionalCount(YearFigures.MISSING_COUNT).optionalCount(0)
                .bool(null).bool(true).writeTo(out);
        assertThat(out).hasToString("5000,123.45,123.4,0.05,-1822.5,,,0,,true\n");
    }
}
