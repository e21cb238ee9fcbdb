package com.techladder.registry.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Issue 12.6, one mechanism for text: what a reader sees is said by a code and the message bundles (registry-app
 * {@code messages*.properties}; docs/architecture.md "Text"), so {@code ?lang=en} is English throughout. This test
 * reads the string literals of every module's {@code src/main/java} — literals, not comments, which may stay Chinese —
 * and fails on a CJK character in one, outside the files named below with their reason. The criterion catalogue, the
 * rules' names and sheet texts ({@code texts/names.yaml}: the values shown, the gap texts) and the parameter files are
 * YAML, not Java, and so are not read. The rule files are: their code passes values and text ids, never a reader's text
 * (rule names and comments, which identify and explain a rule to an auditor, may be Chinese).
 */
class TextInBundlesTest {

    private static final List<String> MODULES = List.of("rules", "batch-import", "sample-data", "registry-app");

    /**
     * Files whose Chinese literals are not text for a reader in one language, or not yet codes. An entry whose file no
     * longer has a Chinese literal fails the test, so the list stays true.
     */
    private static final Map<String, String> ALLOWED = new TreeMap<>(Map.ofEntries(
            // data, not a reader's text: the CSV contract's Chinese column headers (docs/contracts/import-csv.md), the
            // names a certificate list or a generated firm carries, in the language of the files they describe
            Map.entry("rules/src/main/java/com/techladder/rules/record/RecordColumn.java", "the record contract: Chinese CSV headers and labels"),
            Map.entry("rules/src/main/java/com/techladder/rules/parameter/ParameterChecks.java", "units as the parameter files spell them (比例, 万元)"),
            Map.entry("rules/src/main/java/com/techladder/rules/record/RecordText.java", "Chinese spellings a cell may hold (是/否, 2024年3月1日)"),
            Map.entry("batch-import/src/main/java/com/techladder/batch/importing/certificates/CertificateColumn.java", "CSV contract headers"),
            Map.entry("rules/src/main/java/com/techladder/rules/identity/FuzhouDivision.java", "district names a CSV may give"),
            Map.entry("sample-data/src/main/java/com/techladder/sampledata/CompanyNames.java", "generated firm names"),
            Map.entry("sample-data/src/main/java/com/techladder/sampledata/CertificateFactory.java", "generated batch names (2024年第一批)")));

    @Test
    void chineseStandsOnlyInBundlesAndAllowedFiles() throws IOException {
        Map<String, List<String>> found = new TreeMap<>();
        for (String module : MODULES) {
            Path root = Path.of("..", module, "src", "main", "java");
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(file -> {
                    List<String> chinese = chineseLiterals(read(file));
                    if (!chinese.isEmpty()) {
                        found.put(module + "/" + root.relativize(file).toString().replace('\\', '/')
                                .transform(p -> "src/main/java/" + p), chinese);
                    }
                });
            }
        }
        Map<String, List<String>> unexcused = new TreeMap<>(found);
        unexcused.keySet().removeAll(ALLOWED.keySet());
        assertThat(unexcused).as("Chinese in string literals: say it with a bundle code (docs/architecture.md, Text)")
                .isEmpty();
        assertThat(found.keySet()).as("allowed files that no longer need it: remove them from ALLOWED")
                .containsAll(ALLOWED.keySet());
    }

    @Test
    void ruleCodeHoldsNoChineseTextOnlyRuleNamesAndComments() throws IOException {
        Map<String, List<String>> found = new TreeMap<>();
        Path root = Path.of("..", "rules", "src", "main", "resources");
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.toString().endsWith(".drl")).forEach(file -> {
                List<String> chinese = chineseInRuleCode(read(file));
                if (!chinese.isEmpty()) {
                    found.put(root.relativize(file).toString().replace('\\', '/'), chinese);
                }
            });
        }
        assertThat(found).as("Chinese in rule code: pass values and a SheetText (texts/names.yaml, \"sheet\")").isEmpty();
    }

    @Test
    void readsRuleCodeAndNotRuleNamesOrComments() {
        String drl = """
                // 注释 "不是字面量"
                rule "科小 结论"
                    // a comment "说明"
                when
                    $s : ProgrammeSheet( programme == Programme.TECH_SME, name == '名称' )
                then
                    $s.gap("TECH_SME.FIGURES", "需提供 " + year + " 年度");
                    $s.gap("TECH_SME.FIGURES", SheetText.TECH_SME_FIGURES, year);
                end
                """;
        assertThat(chineseInRuleCode(drl)).containsExactly("line 5: 名称", "line 7: 需提供", "line 7: 年度");
    }

    @Test
    void readsLiteralsAndNotComments() {
        String source = """
                // 注释里的中文
                /* 块注释 "不是字面量" */
                /** 文档 {@code "也不是"} */
                class A {
                    String a = "plain // not a comment";
                    char c = '"';
                    String b = "第" + 1 + "行";
                    String d = "\\u4e2d";
                    String e = \"""
                        文本块
                        \""";
                }
                """;
        assertThat(chineseLiterals(source)).containsExactly("line 7: 第", "line 7: 行", "line 8: 中", "line 9: 文本块");
    }

    /**
     * The string literals of a rule file's code that hold a CJK character: those of Java, and those in single quotes
     * (the conditions' MVEL), but not a rule's name ({@code rule "科小 结论"}).
     */
    static List<String> chineseInRuleCode(String drl) {
        return chineseLiterals(drl.replaceAll("(?m)^(\\s*rule\\s+)\"[^\"\\n]*\"", "$1\"\""), true);
    }

    /** The string and text-block literals of a Java source that hold a CJK character, with the line they start on. */
    static List<String> chineseLiterals(String source) {
        return chineseLiterals(source, false);
    }

    private static List<String> chineseLiterals(String source, boolean singleQuotedStrings) {
        List<String> chinese = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (source.startsWith("//", i)) {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(source, i, end);
                i = end;
            } else if (c == '\'') {
                int end = i + 1;
                while (end < n && source.charAt(end) != '\'') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                String literal = unescape(source.substring(i + 1, Math.min(end, n)));
                if (singleQuotedStrings && literal.codePoints().anyMatch(TextInBundlesTest::cjk)) {
                    chinese.add("line " + line + ": " + literal);
                }
                i = end + 1;
            } else if (c == '"') {
                boolean block = source.startsWith("\"\"\"", i);
                String close = block ? "\"\"\"" : "\"";
                int start = i + close.length();
                int end = start;
                while (end < n && !source.startsWith(close, end)) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                String literal = unescape(source.substring(start, Math.min(end, n)).strip());
                if (literal.codePoints().anyMatch(TextInBundlesTest::cjk)) {
                    chinese.add("line " + line + ": " + literal);
                }
                line += count(source, i, Math.min(end, n));
                i = end + close.length();
            } else {
                i++;
            }
        }
        return chinese;
    }

    private static boolean cjk(int codePoint) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }

    /** Only {@code \\uXXXX}, so that an escaped character is not a way round the rule. */
    private static String unescape(String literal) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < literal.length(); i++) {
            if (literal.startsWith("\\u", i) && i + 6 <= literal.length()) {
                try {
                    out.append((char) Integer.parseInt(literal.substring(i + 2, i + 6), 16));
                    i += 5;
                    continue;
                } catch (NumberFormatException notAnEscape) {
                    // an ordinary backslash and u: kept as written
                }
            }
            out.append(literal.charAt(i));
        }
        return out.toString();
    }

    private static int count(String source, int from, int to) {
        int lines = 0;
        for (int i = from; i < to; i++) {
            if (source.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
