package com.techladder.batch.copy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Amounts in COPY's binary format: the server reads back the same value with the same display scale. */
class BinaryCopyTest {

    @Test
    void writesAnAmountAsBase10000DigitsFromTheDecimalPoint() {
        ByteBuffer field = written(new BigDecimal("1234.5"));

        assertThat(field.getInt()).isEqualTo(12); // length: four header words and two digits
        assertThat(new short[] {field.getShort(), field.getShort(), field.getShort(), field.getShort()})
                .containsExactly(2, 0, 0, 1); // ndigits, weight, sign, display scale
        assertThat(new short[] {field.getShort(), field.getShort()}).containsExactly(1234, 5000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.0000", "7", "-7", "1200.50", "-0.5", "0.0001", "123456789012.1234", "1E+3",
        "100000", "10000.0001", "-999999999999.9999", "0.00005"})
    void writesEveryAmountSoThatItReadsBackWithItsScale(String text) {
        BigDecimal amount = new BigDecimal(text);

        assertThat(read(written(amount))).isEqualTo(amount.scale() < 0 ? amount.setScale(0) : amount);
    }

    private static ByteBuffer written(BigDecimal amount) {
        BinaryCopy copy = new BinaryCopy(8);
        copy.numeric(amount);
        return ByteBuffer.wrap(copy.bytes(), 0, copy.length());
    }

    /** The server's reading of a binary NUMERIC (numeric_recv), value and display scale. */
    private static BigDecimal read(ByteBuffer field) {
        field.getInt();
        int ndigits = field.getShort();
        int weight = field.getShort();
        boolean negative = field.getShort() == 0x4000;
        int scale = field.getShort();
        BigDecimal value = BigDecimal.ZERO;
        for (int i = 0; i < ndigits; i++) {
            value = value.add(BigDecimal.valueOf(field.getShort()).scaleByPowerOfTen(4 * (weight - i)));
        }
        return (negative ? value.negate() : value).setScale(scale);
    }
}
