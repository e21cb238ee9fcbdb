package com.techladder.rules.identity;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Fuzhou's administrative divisions (GB/T 2260, docs/policy/identifiers.md). 福州高新区 is a zone, not a division. The
 * Chinese name is data — a CSV file may give the district by it ({@link #parse}); pages say a district's name from
 * registry-app's bundles ({@code division.<code>}).
 */
public enum FuzhouDivision {
    FUZHOU_CITY("350100", "福州市"),
    GULOU("350102", "鼓楼区"),
    TAIJIANG("350103", "台江区"),
    CANGSHAN("350104", "仓山区"),
    MAWEI("350105", "马尾区"),
    JIN_AN("350111", "晋安区"),
    CHANGLE("350112", "长乐区"),
    MINHOU("350121", "闽侯县"),
    LIANJIANG("350122", "连江县"),
    LUOYUAN("350123", "罗源县"),
    MINQING("350124", "闽清县"),
    YONGTAI("350125", "永泰县"),
    PINGTAN("350128", "平潭县"),
    FUQING("350181", "福清市");

    private final String code;
    private final String nameZh;

    FuzhouDivision(String code, String nameZh) {
        this.code = code;
        this.nameZh = nameZh;
    }

    public String code() {
        return code;
    }

    public String nameZh() {
        return nameZh;
    }

    /** By 6-digit code or Chinese name (with or without the 区/县/市 suffix ambiguity resolved exactly). */
    public static Optional<FuzhouDivision> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_TEXT.get(text.trim()));
    }

    /** Code and Chinese name of every division: parse runs once per imported row. */
    private static final Map<String, FuzhouDivision> BY_TEXT = Arrays.stream(values())
            .flatMap(d -> Stream.of(Map.entry(d.code, d), Map.entry(d.nameZh, d)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                    Map.Entry::getValue));

    public static Optional<FuzhouDivision> byCode(String code) {
        return Arrays.stream(values()).filter(d -> d.code.equals(code)).findFirst();
    }
}
