package com.techladder.rules.identity;

import com.techladder.rules.text.Names;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** 国家重点支持的高新技术领域 — the 8 top-level fields (国科发火〔2016〕32号 附件, docs/policy/national-hte.md). */
public enum TechField {
    ELECTRONIC_INFORMATION(1),
    BIOTECH_MEDICINE(2),
    AEROSPACE(3),
    NEW_MATERIALS(4),
    HIGH_TECH_SERVICES(5),
    NEW_ENERGY(6),
    RESOURCES_ENVIRONMENT(7),
    ADVANCED_MANUFACTURING(8);

    /** The names in both languages: texts/names.yaml, "tech_fields". */
    private static final Names.Pair[] NAMES = Names.of("tech_fields", values());

    private final int number;

    TechField(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public String nameZh() {
        return NAMES[ordinal()].zh();
    }

    public String nameEn() {
        return NAMES[ordinal()].en();
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
                    Map.entry(f.nameZh(), f)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                    Map.Entry::getValue));

    public static Optional<TechField> byNumber(int number) {
        return Arrays.stream(values()).filter(f -> f.number == number).findFirst();
    }
}
