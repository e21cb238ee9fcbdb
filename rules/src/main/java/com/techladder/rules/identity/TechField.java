package com.techladder.rules.identity;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** 国家重点支持的高新技术领域 — the 8 top-level fields (国科发火〔2016〕32号 附件, docs/policy/national-hte.md). */
public enum TechField {
    ELECTRONIC_INFORMATION(1, "电子信息", "Electronic information"),
    BIOTECH_MEDICINE(2, "生物与新医药", "Biotechnology and new medicine"),
    AEROSPACE(3, "航空航天", "Aerospace"),
    NEW_MATERIALS(4, "新材料", "New materials"),
    HIGH_TECH_SERVICES(5, "高技术服务", "High-tech services"),
    NEW_ENERGY(6, "新能源与节能", "New energy and energy saving"),
    RESOURCES_ENVIRONMENT(7, "资源与环境", "Resources and environment"),
    ADVANCED_MANUFACTURING(8, "先进制造与自动化", "Advanced manufacturing and automation");

    private final int number;
    private final String nameZh;
    private final String nameEn;

    TechField(int number, String nameZh, String nameEn) {
        this.number = number;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public int number() {
        return number;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** By number 1–8 or Chinese name. */
    public static Optional<TechField> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_TEXT.get(text.trim()));
    }

    /** Number ("1"–"8") and Chinese name of every field: parse runs once per imported row. */
    private static final Map<String, TechField> BY_TEXT = Arrays.stream(values())
            .flatMap(f -> Stream.of(Map.entry(String.valueOf(f.number), f),
                    Map.entry(f.nameZh, f)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                    Map.Entry::getValue));

    public static Optional<TechField> byNumber(int number) {
        return Arrays.stream(values()).filter(f -> f.number == number).findFirst();
    }
}
