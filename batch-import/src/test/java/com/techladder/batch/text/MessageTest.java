package com.techladder.batch.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class MessageTest {

    @Test
    void aStoredMessageReadsBackAsItsCodeAndArguments() {
        Message refused = Message.of("import.text.repeatedColumn", "name (企业名称)", 2, null);

        assertThat(Message.parse(refused.stored())).contains(new Message("import.text.repeatedColumn",
                List.of("name (企业名称)", "2", "")));
        assertThat(Message.parse(Message.of("import.text.headerOnly").stored()))
                .contains(new Message("import.text.headerOnly", List.of()));
    }

    @Test
    void wordsStoredBeforeCodesAreNotAMessage() {
        assertThat(Message.parse("导入完成：读取 3 行，写入 3 行，拒绝 0 行，警告 0 条")).isEmpty();
        assertThat(Message.parse("必填项为空")).isEmpty();
        assertThat(Message.parse("plain words.")).isEmpty();
        assertThat(Message.parse(null)).isEmpty();
    }

    @Test
    void anArgumentCannotSplitTheStoredForm() {
        Message odd = Message.of("import.file.csvFormat", 4, "a" + Message.SEPARATOR + "b");

        assertThat(Message.parse(odd.stored()).orElseThrow().args()).containsExactly("4", "a b");
    }

    @Test
    void aYesOrNoIsStoredAsOneOrZeroForTheBundleToChooseBy() {
        assertThat(Message.of("import.text.hitechAboveIncome", "1200", "1000", true).args())
                .containsExactly("1200", "1000", "1");
        assertThat(Message.of("import.text.hitechAboveIncome", "1200", "1000", false).args())
                .containsExactly("1200", "1000", "0");
    }

    @Test
    void aCodeIsABundleKey() {
        assertThatThrownBy(() -> Message.of("文件为空")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Message.of("headerOnly")).isInstanceOf(IllegalArgumentException.class);
    }
}
