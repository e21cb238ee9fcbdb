package com.techladder.batch.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.techladder.batch.importing.enterprises.EnterpriseColumn;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class CanonicalRowTest {

    private static final List<EnterpriseColumn> COLUMNS = List.of(EnterpriseColumn.values());

    private final CanonicalRow canonical = new CanonicalRow();

    @Test
    void theHashIsTheSha256OfTheCanonicalJsonForEveryKindOfValue() throws Exception {
        assertSameAsJson(row("91350100MA2XXXXXX1", "福州“甲”科技\"有限\\公司\n第二行\t𠀀", "350102", true,
                LocalDate.of(2015, 3, 1), 2024, new BigDecimal("1200.5000"), new BigDecimal("0.0000"),
                new BigDecimal("-3.20"), new BigDecimal("100"), new BigDecimal("1E+2")));
        assertSameAsJson(row("91350100MA2XXXXXX1", "控制字符\u0001与孤立代理\ud800", "350102", null, null, 2023, null,
                null, null, null, null));
        assertSameAsJson(row("91350100MA2XXXXXX1", "甲".repeat(400), "350102", false, LocalDate.of(2000, 1, 31), 2000,
                new BigDecimal("123456789012.1234"), BigDecimal.ZERO, new BigDecimal("10.10"), BigDecimal.ONE,
                new BigDecimal("0.0001")));
    }

    @Test
    void amountsCountWithoutTheirTrailingZerosSoThatTheSameFigureHashesAlike() {
        String hash = canonical.hash(COLUMNS, row("91350100MA2XXXXXX1", "甲", "350102", true, null, 2024,
                new BigDecimal("1200.5000"), null, null, null, null));
        assertThat(canonical.hash(COLUMNS, row("91350100MA2XXXXXX1", "甲", "350102", true, null, 2024,
                new BigDecimal("1200.5"), null, null, null, null))).isEqualTo(hash);
        assertThat(canonical.hash(COLUMNS, row("91350100MA2XXXXXX1", "甲", "350102", true, null, 2024,
                new BigDecimal("1200.05"), null, null, null, null))).isNotEqualTo(hash);
    }

    @Test
    void theJsonIsAPositionalArrayAsStoredHashesExpect() {
        String json = canonical.json(COLUMNS, row("91350100MA2XXXXXX1", "甲\"乙", "350102", true,
                LocalDate.of(2015, 3, 1), 2024, new BigDecimal("1200.5000"), BigDecimal.ZERO, null, null, null));
        assertThat(json).startsWith("[\"91350100MA2XXXXXX1\",\"甲\\\"乙\",\"350102\",true,\"2015-03-01\",2024,"
                + "120,null,1200.5,0,null,").endsWith("]");
    }

    private void assertSameAsJson(Object[] values) throws Exception {
        byte[] json = canonical.json(COLUMNS, values).getBytes(StandardCharsets.UTF_8);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        assertThat(canonical.hash(COLUMNS, values)).isEqualTo(expected);
        // the buffer is reused: a second row must not carry anything of the first
        assertThat(canonical.hash(COLUMNS, values)).isEqualTo(expected);
    }

    private static Object[] row(String uscc, String name, String district, Boolean zone, LocalDate established,
            Integer year, BigDecimal revenue, BigDecimal totalIncome, BigDecimal netAssets, BigDecimal rd,
            BigDecimal rdSuper) {
        Object[] values = new Object[COLUMNS.size()];
        values[EnterpriseColumn.USCC.ordinal()] = uscc;
        values[EnterpriseColumn.NAME.ordinal()] = name;
        values[EnterpriseColumn.DISTRICT.ordinal()] = district;
        values[EnterpriseColumn.IN_HITECH_ZONE.ordinal()] = zone;
        values[EnterpriseColumn.ESTABLISHED_ON.ordinal()] = established;
        values[EnterpriseColumn.FISCAL_YEAR.ordinal()] = year;
        values[EnterpriseColumn.EMPLOYEES.ordinal()] = year == null ? null : 120;
        values[EnterpriseColumn.REVENUE.ordinal()] = revenue;
        values[EnterpriseColumn.TOTAL_INCOME.ordinal()] = totalIncome;
        values[EnterpriseColumn.NET_ASSETS.ordinal()] = netAssets;
        values[EnterpriseColumn.RD_EXPENSE.ordinal()] = rd;
        values[EnterpriseColumn.RD_SUPER_DEDUCTION.ordinal()] = rdSuper;
        values[EnterpriseColumn.IP_SELF_DEVELOPED.ordinal()] = Boolean.FALSE;
        return values;
    }
}
