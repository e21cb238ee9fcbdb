package com.techladder.batch.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.techladder.batch.importing.enterprises.EnterpriseColumn;
import com.techladder.rules.record.RecordColumn;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class CanonicalRowTest {

    private static final List<EnterpriseColumn> COLUMNS = EnterpriseColumn.all();

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

    /**
     * A row as the first contract knew it (43 columns, hash version 1) hashes as it did then: the literal is the
     * SHA-256 of its JSON under that contract, so every hash stored before a later column existed still recognises
     * an identical row.
     */
    @Test
    void aRowWithoutTheLaterColumnsKeepsItsStoredHash() throws Exception {
        Object[] values = new Object[COLUMNS.size()];
        values[RecordColumn.USCC.ordinal()] = "91350102MA5208C141";
        values[RecordColumn.NAME.ordinal()] = "福州东泰无人机科技有限公司";
        values[RecordColumn.DISTRICT.ordinal()] = "350102";
        values[RecordColumn.IN_HITECH_ZONE.ordinal()] = true;
        values[RecordColumn.ESTABLISHED_ON.ordinal()] = LocalDate.of(2015, 3, 1);
        values[RecordColumn.FISCAL_YEAR.ordinal()] = 2024;
        values[RecordColumn.EMPLOYEES.ordinal()] = 120;
        values[RecordColumn.TECH_STAFF.ordinal()] = 36;
        values[RecordColumn.REVENUE.ordinal()] = new BigDecimal("8000.5000");
        values[RecordColumn.RD_EXPENSE.ordinal()] = new BigDecimal("420");
        values[RecordColumn.IP_SELF_DEVELOPED.ordinal()] = false;
        values[RecordColumn.TECH_FIELD.ordinal()] = 3;
        assertThat(RecordColumn.all().stream().filter(c -> c.hashVersion() == 1)).hasSize(43);
        assertThat(canonical.hash(COLUMNS, values))
                .isEqualTo("54f990694189b592ef5b90410c5f44588c046b916b5c4b693ca9944c7bf07f54");

        // a value of a version-2 column makes a different row, whose JSON carries the version-2 fields
        values[RecordColumn.RD_EXPENDITURE_STATISTICAL.ordinal()] = new BigDecimal("450");
        assertThat(canonical.hash(COLUMNS, values))
                .isNotEqualTo("54f990694189b592ef5b90410c5f44588c046b916b5c4b693ca9944c7bf07f54");
        assertThat(canonical.json(COLUMNS, values)).endsWith(",null,null,450]");
        assertSameAsJson(values);
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
        values[RecordColumn.USCC.ordinal()] = uscc;
        values[RecordColumn.NAME.ordinal()] = name;
        values[RecordColumn.DISTRICT.ordinal()] = district;
        values[RecordColumn.IN_HITECH_ZONE.ordinal()] = zone;
        values[RecordColumn.ESTABLISHED_ON.ordinal()] = established;
        values[RecordColumn.FISCAL_YEAR.ordinal()] = year;
        values[RecordColumn.EMPLOYEES.ordinal()] = year == null ? null : 120;
        values[RecordColumn.REVENUE.ordinal()] = revenue;
        values[RecordColumn.TOTAL_INCOME.ordinal()] = totalIncome;
        values[RecordColumn.NET_ASSETS.ordinal()] = netAssets;
        values[RecordColumn.RD_EXPENSE.ordinal()] = rd;
        values[RecordColumn.RD_SUPER_DEDUCTION.ordinal()] = rdSuper;
        values[RecordColumn.IP_SELF_DEVELOPED.ordinal()] = Boolean.FALSE;
        return values;
    }
}
