package com.techladder.batch.importing.enterprises;

import static org.assertj.core.api.Assertions.assertThat;

import com.techladder.batch.importing.ImportKind;
import com.techladder.batch.importing.ImportStatus;
import com.techladder.batch.importing.ImportTestSupport;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnterpriseImportJobTest extends ImportTestSupport {

    static final String HEADER = "uscc,name,district,established_on,fiscal_year,employees,tech_staff,revenue,"
            + "total_assets,rd_expense\n";

    @Test
    void importsValidRowsIntoEnterpriseAndAccountingYear() throws Exception {
        Path file = file("ok.csv", HEADER
                + USCC_A + ",福州甲科技有限公司,350102,2015-03-01,2023,100,20,\"1,234.5\",800,60.1234\n"
                + USCC_A + ",福州甲科技有限公司,鼓楼区,2015/03/01,2024,110,25,1500,900,70\n");

        ImportStatus status = importNow(ImportKind.ENTERPRISES, file);

        assertThat(status.status()).as(status.message()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(status.read()).isEqualTo(2);
        assertThat(status.written()).isEqualTo(2);
        assertThat(status.rejected()).isZero();
        Map<String, Object> year = jdbc.queryForMap("SELECT * FROM accounting_year WHERE uscc = ? AND fiscal_year = 2023",
                USCC_A);
        assertThat((BigDecimal) year.get("revenue")).isEqualByComparingTo("1234.5");
        assertThat((BigDecimal) year.get("rd_expense")).isEqualByComparingTo("60.1234");
        assertThat(jdbc.queryForObject("SELECT profile_fiscal_year FROM enterprise WHERE uscc = ?", Integer.class, USCC_A))
                .isEqualTo(2024);
    }
}
