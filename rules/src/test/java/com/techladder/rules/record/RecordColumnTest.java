package com.techladder.rules.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.techladder.rules.model.AccountingYear;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordColumnTest {

    @Test
    void thePerYearColumnsAreTheComponentsOfAccountingYear() {
        List<String> components = Arrays.stream(AccountingYear.class.getRecordComponents())
                .map(RecordComponent::getName).filter(name -> !name.equals("fiscalYear")).toList();
        assertThat(RecordColumn.perYear().stream().map(RecordColumn::key)).containsExactlyInAnyOrderElementsOf(components);
    }

    @Test
    void eachColumnReadsBackWhatItSet() {
        for (RecordColumn column : RecordColumn.perYear()) {
            Object value = switch (column.type()) {
                case AMOUNT, SIGNED_AMOUNT -> new BigDecimal("12.5");
                case BOOLEAN -> Boolean.TRUE;
                default -> 7;
            };
            AccountingYear.Builder year = AccountingYear.builder(2024);
            column.set(year, value);
            AccountingYear built = year.build();
            assertThat(column.get(built)).as(column.name()).isEqualTo(value);
            // and no other column took it
            assertThat(RecordColumn.perYear().stream().filter(c -> c != column).map(c -> c.get(built)))
                    .as(column.name()).containsOnlyNulls();
        }
    }

    @Test
    void namesAreUniqueAndLaterHashVersionsOnlyAppend() {
        assertThat(RecordColumn.all().stream().map(RecordColumn::csvName)).doesNotHaveDuplicates();
        assertThat(RecordColumn.all().stream().flatMap(c -> c.headers().stream())).doesNotHaveDuplicates();
        assertThat(RecordColumn.byKey("techStaff")).contains(RecordColumn.TECH_STAFF);
        assertThat(RecordColumn.IP_CLASS1.key()).isEqualTo("ipClass1");
        List<Integer> versions = RecordColumn.all().stream().map(RecordColumn::hashVersion).toList();
        assertThat(versions).isSorted();
        assertThat(versions.get(versions.size() - 1)).isEqualTo(RecordColumn.HASH_VERSION);
        assertThat(RecordColumn.enterpriseFields()).containsExactly(RecordColumn.USCC, RecordColumn.NAME,
                RecordColumn.DISTRICT, RecordColumn.IN_HITECH_ZONE, RecordColumn.ESTABLISHED_ON);
    }

    @Test
    void theCheckerNamesTheColumnToChangeWithItsArguments() {
        RecordChecker checker = new RecordChecker(LocalDate.of(2025, 6, 30));
        Map<RecordColumn, Object> values = Map.of(RecordColumn.FISCAL_YEAR, 2024,
                RecordColumn.ESTABLISHED_ON, LocalDate.of(2025, 7, 1),
                RecordColumn.EMPLOYEES, 10, RecordColumn.TECH_STAFF, 11,
                RecordColumn.REVENUE, new BigDecimal("100.50"), RecordColumn.HITECH_REVENUE, new BigDecimal("101"),
                RecordColumn.RD_EXPENSE, new BigDecimal("5"), RecordColumn.RD_EXPENSE_DOMESTIC, new BigDecimal("5"));
        assertThat(checker.check(values::get)).containsExactly(
                new RecordChecker.Violation(RecordColumn.ESTABLISHED_ON, 2024, RecordChecker.FUTURE_DATE,
                        List.of(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 6, 30))),
                new RecordChecker.Violation(RecordColumn.TECH_STAFF, 2024, RecordChecker.TECH_STAFF_ABOVE_EMPLOYEES,
                        List.of(11, 10)),
                new RecordChecker.Violation(RecordColumn.HITECH_REVENUE, 2024, RecordChecker.HITECH_ABOVE_INCOME,
                        List.of("101", "100.5", true)));
        assertThat(checker.check(Map.of(RecordColumn.FISCAL_YEAR, (Object) 2024)::get)).isEmpty();
    }

    @Test
    void yesNoAndDatesReadAsTheContractSays() {
        assertThat(RecordText.yesNo("YES")).isTrue();
        assertThat(RecordText.yesNo("否")).isFalse();
        assertThat(RecordText.yesNo("maybe")).isNull();
        assertThat(RecordText.date("2024/3/1")).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(RecordText.date("2024年3月1日")).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(RecordText.date("2024-03-01x")).isNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RecordText.date("2023-02-30"))
                .isInstanceOf(RecordText.NoSuchDay.class);
    }
}
