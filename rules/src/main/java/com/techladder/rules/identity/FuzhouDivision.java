package com.techladder.rules.identity;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Fuzhou's administrative divisions (GB/T 2260, docs/policy/identifiers.md). 福州高新区 is a zone, not a division. */
public enum FuzhouDivision {
    FUZHOU_CITY("350100", "福州市", "Fuzhou (city level)"),
    GULOU("350102", "鼓楼区", "Gulou"),
    TAIJIANG("350103", "台江区", "Taijiang"),
    CANGSHAN("350104", "仓山区", "Cangshan"),
    MAWEI("350105", "马尾区", "Mawei"),
    JIN_AN("350111", "晋安区", "Jin'an"),
    CHANGLE("350112", "长乐区", "Changle"),
    MINHOU("350121", "闽侯县", "Minhou"),
    LIANJIANG("350122", "连江县", "Lianjiang"),
    LUOYUAN("350123", "罗源县", "Luoyuan"),
    MINQING("350124", "闽清县", "Minqing"),
    YONGTAI("350125", "永泰县", "Yongtai"),
    PINGTAN("350128", "平潭县", "Pingtan"),
    FUQING("350181", "福清市", "Fuqing");

    private final String code;
    private final String nameZh;
    private final String nameEn;

    FuzhouDivision(String code, String nameZh, String nameEn) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String code() {
        return code;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
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
