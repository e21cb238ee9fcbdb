package com.techladder.batch.copy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Utf8BufferTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.0000", "7", "-7", "1200.50", "-0.5", "0.0001", "123456789012.1234", "1E+3",
        "1234567890123456789.5", "100", "100.00", "-999999999999.9999"})
    void writesAnAmountAsToPlainStringWouldAndTheCanonicalFormWithoutTrailingZeros(String text) {
        BigDecimal amount = new BigDecimal(text);
        assertThat(written(b -> b.decimal(amount, false))).isEqualTo(amount.toPlainString());
        assertThat(written(b -> b.decimal(amount, true))).isEqualTo(
                amount.signum() == 0 ? "0" : amount.stripTrailingZeros().toPlainString());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 9, 10, 2024, -1, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void writesIntegersInDecimalDigits(int value) {
        assertThat(written(b -> b.integer(value))).isEqualTo(Integer.toString(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ascii", "福州市鼓楼区", "é ß", "𠀀 (U+20000)", "lone \ud800 surrogate", "end \udc00"})
    void encodesTextAsUtf8LikeTheJdk(String text) {
        Utf8Buffer buffer = new Utf8Buffer(2);
        for (int i = 0; i < text.length(); i++) {
            i = buffer.utf8(text, i);
        }
        assertThat(Arrays.copyOf(buffer.bytes(), buffer.length())).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "say \"yes\"", "\"", "福州 \"软件\" 园"})
    void quotesACsvFieldDoublingItsQuoteCharacter(String text) {
        String quoted = "\"" + text.replace("\"", "\"\"") + "\"";
        assertThat(utf8(b -> b.quoted(text))).isEqualTo(quoted);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{\"name\":\"福州\"}"})
    void appendsUtf8BytesAsTheyAre(String text) {
        assertThat(utf8(b -> {
            b.ascii('[');
            b.bytes(text.getBytes(StandardCharsets.UTF_8));
            b.ascii(']');
        })).isEqualTo("[" + text + "]");
    }

    private static String written(java.util.function.Consumer<Utf8Buffer> write) {
        Utf8Buffer buffer = new Utf8Buffer(1);
        write.accept(buffer);
        return new String(buffer.bytes(), 0, buffer.length(), StandardCharsets.US_ASCII);
    }

    private static String utf8(java.util.function.Consumer<Utf8Buffer> write) {
        Utf8Buffer buffer = new Utf8Buffer(1);
        write.accept(buffer);
        return new String(buffer.bytes(), 0, buffer.length(), StandardCharsets.UTF_8);
    }
}
