package com.techladder.registry.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

import com.techladder.registry.system.WebSlice;
import com.techladder.rules.identity.TechField;

/**
 * The self-check form in a web slice: the technology-field dropdown names each field as every other page does, through
 * the shared formatter's bundle key ({@code techField.N}, {@link Formats#techField}), in Chinese and in English.
 */
@WebSlice
class SelfCheckFormWebTest {

    /** The dropdown of the technology field: a select whose data-field is techField, up to its end. */
    private static final Pattern TECH_FIELD_SELECT = Pattern.compile("<select[^>]*data-field=\"techField\"[^>]*>(.*?)</select>",
            Pattern.DOTALL);

    @Autowired
    MockMvc mvc;
    @Autowired
    MessageSource messages;

    @Test
    void theTechnologyFieldsAreNamedByTheSharedFormatterInChinese() throws Exception {
        String options = techFieldOptions("zh-CN");
        assertThat(options).contains("<option value=\"1\">电子信息</option>",
                "<option value=\"8\">先进制造与自动化</option>");
        assertNamedByTheBundle(options, Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void theTechnologyFieldsAreNamedByTheSharedFormatterInEnglish() throws Exception {
        String options = techFieldOptions("en");
        assertThat(options).contains("<option value=\"1\">Electronic information</option>",
                "<option value=\"8\">Advanced manufacturing and automation</option>").doesNotContain("电子信息");
        assertNamedByTheBundle(options, Locale.ENGLISH);
    }

    private void assertNamedByTheBundle(String options, Locale locale) {
        for (TechField field : TechField.values()) {
            String number = String.valueOf(field.number());
            assertThat(options).contains("<option value=\"" + number + "\">"
                    + messages.getMessage(Formats.techFieldKey(number), null, locale) + "</option>");
        }
        // the eight fields and "not given"
        assertThat(options.split("<option", -1)).hasSize(TechField.values().length + 2);
    }

    private String techFieldOptions(String lang) throws Exception {
        String page = mvc.perform(get("/self-check").param("lang", lang)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher select = TECH_FIELD_SELECT.matcher(page);
        assertThat(select.find()).as("the technology-field dropdown").isTrue();
        return select.group(1).replaceAll(">\\s+<", "><");
    }
}
