package com.techladder.batch.importing;

import java.util.Locale;

/** The two kinds of import file of the CSV contract (docs/contracts/import-csv.md), each with its Spring Batch job. */
public enum ImportKind {
    /** 企业年度数据 — one row per enterprise and accounting year. */
    ENTERPRISES("enterprises", "enterpriseImportJob"),
    /** 证书/名单 — one row per certificate or official-list entry. */
    CERTIFICATES("certificates", "certificateImportJob");

    private final String code;
    private final String jobName;

    ImportKind(String code, String jobName) {
        this.code = code;
        this.jobName = jobName;
    }

    /** The contract's name, as in {@code ?kind=enterprises}. */
    public String code() {
        return code;
    }

    public String jobName() {
        return jobName;
    }

    /** By contract name ({@code enterprises}) or constant name, case-insensitive. */
    public static ImportKind parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (ImportKind kind : values()) {
            if (kind.code.equals(t) || kind.name().toLowerCase(Locale.ROOT).equals(t)) {
                return kind;
            }
        }
        throw new UnknownImportKindException(text);
    }
}
