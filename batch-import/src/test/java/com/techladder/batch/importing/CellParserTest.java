package com.techladder.batch.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.techladder.batch.text.Message;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The contract's cell rules, one case per boundary. */
class CellParserTest {

    private final CellParser cells = new CellParser(LocalDate.of(2025, 6, 30));

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"1234.5;1234.5", "'1,234.5';1234.5", "'12,345,678.1234';12345678.1234",
        "0;0", " 7 ;7", "0.0001;0.0001"})
    void acceptsAmountsWithThousandsSeparatorsAndUpToFourDecimals(String text, String expected) {
        assertThat((BigDecimal) cells.parse(CellType.AMOUNT, text)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"100.50", "000123", "0.0000", "123456789012.1234", "999999999999", "7", "1,000.25"})
    void readsAnAmountWithTheValueAndScaleItsTextStates(String text) {
        assertThat((BigDecimal) cells.parse(CellType.AMOUNT, text)).isEqualTo(new BigDecimal(text.replace(",", "")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"-0.5;-0.5", "-1,234.50;-1234.50", "0;0"})
    void netAssetsMayBeNegative(String text, String expected) {
        assertThat((BigDecimal) cells.parse(CellType.SIGNED_AMOUNT, text)).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890123", "12345678901234567890", "1234567890123.5", ".5", "-", "1.2.3", "1-2",
        "--1"})
    void refusesAmountsBeyondTwelveIntegerDigitsOrNotNumbers(String text) {
        assertThatThrownBy(() -> cells.parse(CellType.SIGNED_AMOUNT, text)).isInstanceOf(InvalidCellException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12%", "1.23456", "-1", "1,23", "12,3456", ",123", "1.", "abc", "1 000", "1e5"})
    void rejectsMalformedAmounts(String text) {
        assertThatThrownBy(() -> cells.parse(CellType.AMOUNT, text)).isInstanceOf(InvalidCellException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"2024-03-05", "2024/03/05", "2024/3/5", "2024年3月5日", "2024年03月05日"})
    void acceptsTheThreeDateFormats(String text) {
        assertThat(cells.parse(CellType.DATE, text)).isEqualTo(LocalDate.of(2024, 3, 5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-30", "2024.03.05", "2024-03/05", "24-03-05", "2024年3月5", "2024-03-05T00:00"})
    void rejectsOtherDates(String text) {
        assertThatThrownBy(() -> cells.parse(CellType.DATE, text)).isInstanceOf(InvalidCellException.class);
    }

    @ParameterizedTest
    @CsvSource({"1900-01-01,true", "1899-12-31,false", "0001-01-01,false", "2100-12-31,true", "2101-01-01,false",
        "9999/12/31,false"})
    void datesRunFrom1900To2100(String text, boolean accepted) {
        if (accepted) {
            assertThat(cells.parse(CellType.DATE, text)).isEqualTo(LocalDate.parse(text));
        } else {
            assertThat(refusal(CellType.DATE, text))
                    .isEqualTo(Message.of("import.text.dateRange", "1900-01-01", "2100-12-31"));
        }
    }

    @ParameterizedTest
    @CsvSource({"true,true", "TRUE,true", "1,true", "是,true", "y,true", "Y,true", "false,false", "0,false", "否,false",
        "N,false"})
    void acceptsTheFourBooleanSpellings(String text, boolean expected) {
        assertThat(cells.parse(CellType.BOOLEAN, text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"2000,true", "2025,true", "1999,false", "2026,false"})
    void fiscalYearRunsFrom2000ToTheCurrentYear(String text, boolean accepted) {
        if (accepted) {
            assertThat(cells.parse(CellType.FISCAL_YEAR, text)).isEqualTo(Integer.parseInt(text));
        } else {
            assertThat(refusal(CellType.FISCAL_YEAR, text)).isEqualTo(Message.of("import.text.yearRange", 2000, 2025));
        }
    }

    @Test
    void aRefusedCellNamesItsRuleByCodeWithTheValuesItsWordsQuote() {
        assertThat(refusal(CellType.AMOUNT, "1234567890123")).isEqualTo(Message.of("import.text.amountRange", 12));
        assertThat(refusal(CellType.AMOUNT, "1.23456")).isEqualTo(Message.of("import.text.decimals", 4));
        assertThat(refusal(CellType.AMOUNT, "12%")).isEqualTo(Message.of("import.text.percent"));
        assertThat(refusal(CellType.DATE, "2023-02-30")).isEqualTo(Message.of("import.text.noSuchDate", 2023, 2, 30));
        assertThat(refusal(CellType.NAME, "甲".repeat(201))).isEqualTo(Message.of("import.text.tooLong", 200));
        assertThat(refusal(CellType.USCC, "91350100M000100Y44")).isEqualTo(Message.of("uscc.check", "3", "4"));
        assertThat(refusal(CellType.DISTRICT, "上海市")).isEqualTo(Message.of("import.text.district"));
    }

    private Message refusal(CellType type, String text) {
        Throwable thrown = catchThrowable(() -> cells.parse(type, text));
        assertThat(thrown).isInstanceOf(InvalidCellException.class);
        return ((InvalidCellException) thrown).reason();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void blankCellsAreMissingNotZero(String text) {
        assertThat(cells.parse(CellType.COUNT, text)).isNull();
        assertThat(cells.parse(CellType.AMOUNT, text)).isNull();
    }
}
