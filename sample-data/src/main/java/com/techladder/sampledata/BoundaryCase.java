package com.techladder.sampledata;

/**
 * Enterprises whose figures sit exactly on (or just past) a threshold of docs/policy/, each case changing one
 * dimension of an otherwise qualifying national-高企-like profile with exact figures. The 科小 score each case is
 * built to reach is given in brackets (科技人员 + 研发 + 知识产权 points).
 */
enum BoundaryCase {

    /** 科技人员 exactly 10%: 高企 condition 4 just met; 科小 4 + 40 + 12 = 56 fails. */
    STAFF_RATIO_10(t -> staffCase(t, 0.10)),
    /** 科技人员 exactly 15%: 科小 8 + 40 + 12 = 60, passes exactly. */
    STAFF_RATIO_15(t -> staffCase(t, 0.15)),
    /** 科技人员 exactly 20%: 科小 12 + 40 + 12 = 64. */
    STAFF_RATIO_20(t -> staffCase(t, 0.20)),
    /** 科技人员 exactly 25%: 科小 16 + 40 + 12 = 68. */
    STAFF_RATIO_25(t -> staffCase(t, 0.25)),
    /** 科技人员 exactly 30%: 科小 20 + 40 + 12 = 72. */
    STAFF_RATIO_30(t -> staffCase(t, 0.30)),
    /** 科技人员 9%: 0 staff points, so 科小 fails despite 0 + 50 + 30 = 80; 高企 condition 4 fails. */
    STAFF_RATIO_BELOW_10(t -> {
        t.employees = 100;
        t.staffRatio = 0.09;
        t.rdRatio = 0.08;
        t.ipClass1 = 1;
    }),
    /** R&D exactly 2% of sales: 科小 12 + 10 + 18 = 40. */
    RD_SALES_2(t -> rdCase(t, 0.02)),
    /** R&D exactly 3% of sales: 科小 12 + 20 + 18 = 50. */
    RD_SALES_3(t -> rdCase(t, 0.03)),
    /** R&D exactly 4% of sales: 科小 12 + 30 + 18 = 60, passes exactly. */
    RD_SALES_4(t -> rdCase(t, 0.04)),
    /** R&D exactly 5% of sales: 科小 12 + 40 + 18 = 70; 高企 band (≤ 5,000万) 5% just met. */
    RD_SALES_5(t -> rdCase(t, 0.05)),
    /** R&D exactly 6% of sales: 科小 12 + 50 + 18 = 80. */
    RD_SALES_6(t -> rdCase(t, 0.06)),
    /** 科小 score exactly 60 by the lowest staff band: 4 + 50 + 6. */
    SCORE_EXACTLY_60(t -> {
        t.employees = 100;
        t.staffRatio = 0.10;
        t.rdRatio = 0.06;
        t.ipClass1 = 0;
        t.ipClass2 = 1;
    }),
    /** 科小 score 58, just below the pass mark: 8 + 50 + 0. */
    SCORE_58(t -> {
        t.employees = 100;
        t.staffRatio = 0.15;
        t.rdRatio = 0.06;
        t.ipClass1 = 0;
        t.ipClass2 = 0;
    }),
    /** Exactly 500 employees: 科小 size limit (不超过) just met. */
    EMPLOYEES_500(t -> {
        t.employees = 500;
        t.revenueWan = 15_000;
    }),
    /** 501 employees: one over the 科小 size limit. */
    EMPLOYEES_501(t -> {
        t.employees = 501;
        t.revenueWan = 15_000;
    }),
    /** Sales exactly 5,000万 with R&D exactly 5% every year: the top of the 高企 5% band, just met. */
    REVENUE_5000_RD_5(t -> {
        t.revenueWan = 5_000;
        t.rdRatio = 0.05;
    }),
    /** Sales exactly 2亿 with R&D exactly 4%: 科小 size just met, top of the 高企 4% band. */
    REVENUE_20000_RD_4(t -> {
        t.employees = 300;
        t.revenueWan = 20_000;
        t.rdRatio = 0.04;
        t.assetRatio = 0.8;
    }),
    /** Sales 20,001万 with R&D exactly 3%: over the 科小 limit, 高企 3% band just met. */
    REVENUE_20001_RD_3(t -> {
        t.employees = 300;
        t.revenueWan = 20_001;
        t.rdRatio = 0.03;
        t.assetRatio = 0.8;
    }),
    /** Total assets exactly 2亿: 科小 size just met. */
    ASSETS_20000(t -> {
        t.revenueWan = 16_000;
        t.latestAssetsWan = 20_000;
    }),
    /** Total assets 20,000.01万: just over the 科小 size limit. */
    ASSETS_JUST_OVER_20000(t -> {
        t.revenueWan = 16_000;
        t.latestAssetsWan = 20_000.01;
    }),
    /** 高新技术产品(服务)收入 exactly 60% of total income: 高企 condition 6 just met. */
    HITECH_SHARE_60(t -> t.hitechShare = 0.60),
    /** 高新收入 59%: 高企 condition 6 fails. */
    HITECH_SHARE_59(t -> t.hitechShare = 0.59),
    /** 境内研发费用 exactly 60% of R&D: 高企 condition 5's domestic share just met. */
    DOMESTIC_RD_60(t -> t.domesticShare = 0.60),
    /** 小巨人 at its thresholds: sales exactly 2,000万, R&D 3%, staff 10%, 资产负债率 exactly 70%. */
    LITTLE_GIANT_AT_THRESHOLDS(t -> {
        t.employees = 100;
        t.staffRatio = 0.10;
        t.revenueWan = 2_000;
        t.rdRatio = 0.03;
        t.softwareIndustry = false;
        t.debtRatio = 0.70;
        t.taxData = true;
    }),
    /** Software 小巨人 with R&D exactly 5% (the software threshold). */
    LITTLE_GIANT_SOFTWARE_RD_5(t -> {
        t.techField = 1;
        t.softwareIndustry = true;
        t.revenueWan = 3_000;
        t.rdRatio = 0.05;
        t.debtRatio = 0.5;
        t.taxData = true;
    }),
    /** Expert 创新能力 score 70: not above 70, 高企 condition 7 fails. */
    EXPERT_SCORE_70(t -> t.expertScore = 70),
    /** Expert 创新能力 score 71: the lowest pass. */
    EXPERT_SCORE_71(t -> t.expertScore = 71),
    /** Liabilities above assets: negative net assets (growth-rate edge cases). */
    NEGATIVE_NET_ASSETS(t -> t.debtRatio = 1.25),
    /** No sales in the oldest year: growth computed on the last two years only (docs/policy/national-hte.md). */
    ZERO_REVENUE_FIRST_YEAR(t -> t.zeroRevenueFirstYear = true),
    /** Sales and net assets both growing exactly 35% a year: the top 成长性 band (A, ≥ 35%). */
    GROWTH_EXACTLY_35(t -> {
        t.revenueSeriesWan = new double[] {2_000, 2_700, 3_645};
        t.netAssetsSeriesWan = new double[] {1_000, 1_350, 1_822.5};
        t.revenueWan = 3_645;
    });

    private final java.util.function.Consumer<Traits> change;

    BoundaryCase(java.util.function.Consumer<Traits> change) {
        this.change = change;
    }

    /**
     * Replaces the drawn profile by exact figures (whole hundreds of 万元, whole percentages, 100 employees) that
     * qualify for 科小 and 高企 with a margin, then moves the one dimension this case is about.
     */
    void applyTo(Traits t) {
        t.exactFigures = true;
        t.employees = 100;
        t.staffRatio = 0.20;
        t.revenueWan = Math.max(1_000, Math.round(t.revenueWan / 100) * 100);
        t.rdRatio = Math.round(Draw.nationalRdBand(t.revenueWan) * 100 + 2) / 100.0;
        t.domesticShare = 0.9;
        t.hitechShare = 0.7;
        t.assetRatio = 1.2;
        t.debtRatio = 0.5;
        t.costRatio = 0.95;
        t.growth = 0.2;
        t.expertScore = YearFigures.MISSING_COUNT;
        change.accept(t);
    }

    /** Staff on a band edge; R&D 5% (40) and two Ⅱ类 (12) so the staff band decides the 科小 pass. */
    private static void staffCase(Traits t, double ratio) {
        t.employees = 100;
        t.staffRatio = ratio;
        t.rdRatio = 0.05;
        t.ipClass1 = 0;
        t.ipClass2 = 2;
    }

    /** R&D on a band edge; staff 20% (12) and three Ⅱ类 (18) so the R&D band decides the 科小 pass. */
    private static void rdCase(Traits t, double ratio) {
        t.employees = 100;
        t.revenueWan = 3_000;
        t.staffRatio = 0.20;
        t.rdRatio = ratio;
        t.ipClass1 = 0;
        t.ipClass2 = 3;
    }
}
