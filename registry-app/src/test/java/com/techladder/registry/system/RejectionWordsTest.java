package com.techladder.registry.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import com.techladder.batch.text.Message;
import com.techladder.registry.testing.Bundles;
import com.techladder.rules.record.RecordChecker;

/**
 * An import stores why it rejected a row as a code with arguments; the reader gets words of their language from the
 * bundles. Every code batch-import and the rules can store has words in both languages, and the words say the
 * values the rule quotes.
 */
class RejectionWordsTest {

    private static final Pattern CODE_LITERAL = Pattern.compile("\"((?:import\\.(?:text|file)|uscc)\\.[A-Za-z]+)\"");
    /** How batch-import's EnterpriseImport stores a {@link RecordChecker} code. */
    private static final String RECORD_RULE = "import.text.";
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final ResourceBundleMessageSource bundles = Bundles.messages();
    private final MessageWords words = MessageWords.of(bundles);

    @Test
    void everyCodeAnImportCanStoreHasWordsInChineseAndEnglish() throws Exception {
        Set<String> codes = new TreeSet<>();
        for (String sources : new String[] {"../batch-import/src/main/java", "../rules/src/main/java"}) {
            try (Stream<Path> files = Files.walk(Path.of(sources))) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(f -> codes.addAll(codeLiterals(f)));
            }
        }
        for (Field field : RecordChecker.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                codes.add(RECORD_RULE + field.get(null));
            }
        }
        assertThat(codes).contains("import.text.required", "import.text.amountRange", "uscc.check",
                "import.text.techStaffAboveEmployees", "import.text.revokedOn");
        for (String code : codes) {
            for (Locale locale : new Locale[] {CHINESE, Locale.ENGLISH}) {
                assertThat(bundles.getMessage(code, null, null, locale)).as(code + " in " + locale).isNotBlank();
            }
        }
    }

    @Test
    void aRuleBetweenFiguresIsSaidWithItsFiguresInEitherLanguage() {
        Message aboveRevenue = Message.of("import.text.hitechAboveIncome", "1300", "1200", true);
        Message aboveTotal = Message.of("import.text.hitechAboveIncome", "1300", "1250", false);

        assertThat(words.stored(aboveRevenue.stored(), CHINESE))
                .isEqualTo("高新技术产品(服务)收入（1,300万元）不能大于总收入（未填，按销售收入）（1,200万元）");
        assertThat(words.stored(aboveTotal.stored(), CHINESE))
                .isEqualTo("高新技术产品(服务)收入（1,300万元）不能大于总收入（1,250万元）");
        assertThat(words.stored(aboveRevenue.stored(), Locale.ENGLISH)).isEqualTo(
                "High-tech product (service) income (1,300 万元) cannot exceed total income (not given, so revenue: 1,200 万元)");
        assertThat(words.stored(aboveTotal.stored(), Locale.ENGLISH))
                .isEqualTo("High-tech product (service) income (1,300 万元) cannot exceed total income (1,250 万元)");
    }

    @Test
    void aBrokenCellIsSaidWithTheLimitItBreaks() {
        String tooBig = Message.of("import.text.amountRange", 12).stored();
        String checkCharacter = Message.of("uscc.check", "3", "4").stored();
        String future = Message.of("import.text.futureDate", "2099-01-01", "2025-06-30").stored();

        assertThat(words.stored(tooBig, CHINESE)).isEqualTo("金额超出范围（最多12位整数，单位为万元）");
        assertThat(words.stored(tooBig, Locale.ENGLISH)).isEqualTo("Amount out of range: at most 12 digits before the point (in 万元)");
        assertThat(words.stored(checkCharacter, CHINESE)).isEqualTo("校验码错误：第18位应为“3”，实际为“4”");
        assertThat(words.stored(checkCharacter, Locale.ENGLISH)).isEqualTo("Wrong check character: the 18th should be “3”, it is “4”");
        assertThat(words.stored(future, CHINESE)).isEqualTo("成立日期（2099-01-01）不能晚于今天（2025-06-30）");
        assertThat(words.stored(future, Locale.ENGLISH)).isEqualTo("The founding date (2099-01-01) cannot be after today (2025-06-30)");
    }

    @Test
    void wordsThatAreNotACodeAreShownAsStoredNeverReadBack() {
        assertThat(words.stored("必填项为空", Locale.ENGLISH)).isEqualTo("必填项为空");
    }

    private static Set<String> codeLiterals(Path file) {
        Set<String> found = new TreeSet<>();
        try {
            Matcher m = CODE_LITERAL.matcher(Files.readString(file));
            while (m.find()) {
                found.add(m.group(1));
            }
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
        return found;
    }
}
