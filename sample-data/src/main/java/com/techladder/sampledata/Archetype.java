package com.techladder.sampledata;

import java.util.SplittableRandom;

/**
 * The kinds of enterprise in the generated population and what makes each one what it is, so that every rung of
 * the ladder is reached by some firms and every exclusion occurs. Shares are out of 100 (see {@link ArchetypeLayout}).
 */
enum Archetype {

    /** Small firms with little technology: mostly below every rung. */
    ORDINARY(30) {
        @Override
        void shape(Traits t, SplittableRandom r) {
            smallFirm(t, r);
            t.staffRatio = Draw.between(r, 0.02, 0.16);
            t.rdRatio = Draw.between(r, 0.0, 0.03);
            t.ipClass1 = Draw.chance(r, 0.05) ? 1 : 0;
            t.ipClass2 = Draw.between(r, 0, 3);
            t.techConversions = Draw.between(r, 0, 3);
            t.hitechShare = Draw.between(r, 0.0, 0.5);
            t.managementSystems = Draw.chance(r, 0.2);
            t.techField = Draw.chance(r, 0.15) ? YearFigures.MISSING_COUNT : t.techField;
            t.ipSelfDeveloped = t.ipClass1 + t.ipClass2 > 0 && Draw.chance(r, 0.7);
        }
    },
    /** 科技型中小企业 by the 100-point table: staff ≥ 20%, R&D ≥ 4.5% of sales, IP enough for ≥ 18 points. */
    TECH_SME_BY_SCORE(20) {
        @Override
        void shape(Traits t, SplittableRandom r) {
            techSme(t, r);
        }
    },
    /** 科小 direct path 2: a national S&T award among the first three units; the score alone would fail. */
    DIRECT_PATH_NATIONAL_AWARD(2) {
        @Override
        void shape(Traits t, SplittableRandom r) {
            directPathOnly(t, r);
            t.nationalAwardTop3 = true;
        }
    },
    /** 科小 direct path 3: a recognised provincial-or-higher R&D institution. */
    DIRECT_PATH_RD_INSTITUTION(2) {
        @Override
        void shape(Traits t, SplittableRandom r) {
            directPathOnly(t, r);
            t.provincialRdInstitution = true;
            t.rdInstitution = true;
        }
    },
    /** 科小 direct path 4: led a national, international or industry standard in the last five years. */
    DIRECT_PATH_LED_STANDARD(2) {
        @Override
        void shape(Traits t, SplittableRandom r) {
            directPathOnly(t, r);
            t.ledStandard = true;
        }
    },
    /** 省级高新技术企业: near the national bars, in the provincial pool (certificates file). */
    PROVINCIAL_HTE(8) {
        @Override
        void shape(Traits t, SplittableRandom r) {
            mediumFirm(t, r);
            t.staffRatio = Draw.between(r, 0.12, 0.35);
            t.rdRatio = Draw.nationalRdBand(t.revenueWan) + Draw.between(r, 0.004, 0.02);
            t.hitechShare = Draw.between(r, 0.62, 0.85);
            t.ipClass1 = Draw.between(r, 0, 1);
            t.ipClass2 = Draw.between(r, 2, 6);
            t.techConversions = Draw.between(r, 3, 9);
            t.managementSystems = Draw.chance(r, 0.6);
            t.rdInstitution = Draw.chance(r, 0.6);
            t.expertScore = Draw.chance(r, 0.3) ? Draw.between(r, 60, 80) : YearFigures.MISSING_COUNT;
        }
    },
    /** 国家高新技术企业 by all eight conditions (most certified, some the uncertified pipeline). */
    NATIONAL_HTE(12) {
        @Override
        void shape(Traits t, SplittableRandom r) {
            nationalHte(t, r);
        }
    },
    /** 科技小巨人企业: sales ≥ 2,000万, R&D ≥ 3% (software 5%), own R&D institution, debt ≤ 70%. */
    LITTLE_GIANT(3) {
        @Override
        void shape(Traits t, SplittableRandom r) {
            t.employees = Draw.between(r, 60, 480);
            t.revenueWan = Draw.between(r, 2_100.0, 18_000.0);
            t.staffRatio = Draw.between(r, 0.12, 0.4);
            t.softwareIndustry = t.techField == 1 && Draw.chance(r, 0.6);
            t.rdRatio = (t.softwareIndustry ? 0.05 : 0.03) + Draw.between(r, 0.008, 0.04);
            t.rdRatio = Math.max(t.rdRatio, Draw.nationalRdBand(t.revenueWan) + 0.005);
            t.rdInstitution = true;
            t.managementSystems = true;
            t.ipClass1 = Draw.between(r, 1, 5);
            t.ipClass2 = Draw.between(r, 2, 10);
            t.techConversions = Draw.between(r, 10, 24);
            t.debtRatio = Draw.between(r, 0.25, 0.65);
            t.hitechShare = Draw.between(r, 0.62, 0.9);
            t.growth = Draw.between(r, 0.05, 0.3);
            t.taxData = true;
        }
    },
    /** Beyond 科小 size (> 500 staff or > 2亿 sales or assets), often a national 高企. */
    LARGE(3) {
        @Override
        void shape(Traits t, SplittableRandom r) {
            t.employees = Draw.between(r, 520, 3_000);
            t.revenueWan = Draw.between(r, 21_000.0, 150_000.0);
            t.staffRatio = Draw.between(r, 0.11, 0.3);
            t.rdRatio = Draw.nationalRdBand(t.revenueWan) + Draw.between(r, 0.003, 0.03);
            t.hitechShare = Draw.between(r, 0.61, 0.9);
            t.ipClass1 = Draw.between(r, 5, 40);
            t.ipClass2 = Draw.between(r, 10, 80);
            t.techConversions = Draw.between(r, 15, 60);
            t.managementSystems = true;
            t.rdInstitution = true;
            t.provincialRdInstitution = Draw.chance(r, 0.4);
            t.expertScore = Draw.chance(r, 0.4) ? Draw.between(r, 72, 92) : YearFigures.MISSING_COUNT;
            t.taxData = true;
        }
    },
    /** A qualifying 科小 profile with one incident or list flag in the latest year (rotating over all seven). */
    EXCLUDED_BY_INCIDENT(3) {
        @Override
        void shape(Traits t, SplittableRandom r) {
            techSme(t, r);
        }
    },
    /** A qualifying 科小 profile in a restricted / negative-list industry. */
    EXCLUDED_RESTRICTED_INDUSTRY(1) {
        @Override
        void shape(Traits t, SplittableRandom r) {
            techSme(t, r);
            t.restrictedIndustry = true;
        }
    },
    /** A qualifying 科小 profile taxed on a deemed basis (核定征收), failing 2022 condition 1. */
    NOT_AUDITED_TAX(1) {
        @Override
        void shape(Traits t, SplittableRandom r) {
            techSme(t, r);
            t.auditedTaxMethod = false;
        }
    },
    /** Established in the latest fiscal year: one year of figures, too young for 高企 (< 365 days). */
    YOUNG_UNDER_ONE_YEAR(2) {
        @Override
        void shape(Traits t, SplittableRandom r) {
            techSme(t, r);
            t.employees = Draw.between(r, 3, 20);
            t.revenueWan = t.employees * Draw.between(r, 5.0, 30.0);
            t.techConversions = Draw.between(r, 0, 2);
        }
    },
    /** Established in the year before the latest: two years of figures (actual-period rules). */
    TWO_YEARS_OLD(3) {
        @Override
        void shape(Traits t, SplittableRandom r) {
            nationalHte(t, r);
            t.employees = Draw.between(r, 8, 60);
            t.revenueWan = t.employees * Draw.between(r, 10.0, 40.0);
            t.rdRatio = Draw.nationalRdBand(t.revenueWan) + Draw.between(r, 0.01, 0.04);
            t.techConversions = Draw.between(r, 2, 10);
            t.expertScore = YearFigures.MISSING_COUNT;
        }
    },
    /** A 科小-like profile with optional columns left empty: results must become 待核实, not pass or fail. */
    MISSING_OPTIONAL_DATA(3) {
        @Override
        void shape(Traits t, SplittableRandom r) {
            techSme(t, r);
            t.sparse = true;
        }
    },
    /** Values exactly on a band boundary; which one is chosen by {@link BoundaryCase}. */
    BOUNDARY(5) {
        @Override
        void shape(Traits t, SplittableRandom r) {
            nationalHte(t, r);
            t.exactFigures = true;
            t.expertScore = YearFigures.MISSING_COUNT;
        }
    };

    private final int share;

    Archetype(int share) {
        this.share = share;
    }

    int share() {
        return share;
    }

    /** Sets the traits that make this archetype; {@code t} arrives with a tech field and neutral defaults. */
    abstract void shape(Traits t, SplittableRandom r);

    static void smallFirm(Traits t, SplittableRandom r) {
        t.employees = (int) Math.min(450, 3 + Math.round(Draw.skewed(r, 14, 0.8)));
        t.revenueWan = t.employees * Draw.between(r, 12.0, 60.0);
    }

    static void mediumFirm(Traits t, SplittableRandom r) {
        t.employees = (int) Math.min(480, 10 + Math.round(Draw.skewed(r, 45, 0.7)));
        t.revenueWan = Math.min(19_000, t.employees * Draw.between(r, 18.0, 70.0));
    }

    static void techSme(Traits t, SplittableRandom r) {
        smallFirm(t, r);
        t.employees = Math.max(t.employees, 6);
        t.staffRatio = Draw.between(r, 0.2, 0.6);
        t.rdRatio = Draw.between(r, 0.045, 0.12);
        if (Draw.chance(r, 0.4)) {
            t.ipClass1 = Draw.between(r, 1, 3);
            t.ipClass2 = Draw.between(r, 0, 6);
        } else {
            t.ipClass2 = Draw.between(r, 3, 8);
        }
        t.techConversions = Draw.between(r, 2, 10);
        t.hitechShare = Draw.between(r, 0.4, 0.9);
        t.managementSystems = Draw.chance(r, 0.5);
    }

    /** Meets conditions 1–4 of 科小 but scores well below 60, so only a direct path qualifies it. */
    static void directPathOnly(Traits t, SplittableRandom r) {
        mediumFirm(t, r);
        t.staffRatio = Draw.between(r, 0.1, 0.19);
        t.rdRatio = Draw.between(r, 0.01, 0.029);
        t.ipClass2 = Draw.between(r, 0, 1);
        t.techConversions = Draw.between(r, 1, 4);
        t.hitechShare = Draw.between(r, 0.3, 0.7);
    }

    static void nationalHte(Traits t, SplittableRandom r) {
        mediumFirm(t, r);
        t.staffRatio = Draw.between(r, 0.15, 0.6);
        t.rdRatio = Draw.nationalRdBand(t.revenueWan) + Draw.between(r, 0.01, 0.05);
        t.domesticShare = Draw.between(r, 0.7, 1.0);
        t.hitechShare = Draw.between(r, 0.65, 0.95);
        t.ipClass1 = Draw.between(r, 1, 6);
        t.ipClass2 = Draw.between(r, 3, 15);
        t.techConversions = Draw.between(r, 15, 30);
        t.managementSystems = true;
        t.rdInstitution = true;
        t.growth = Draw.between(r, 0.1, 0.45);
        t.expertScore = Draw.chance(r, 0.5) ? Draw.between(r, 72, 92) : YearFigures.MISSING_COUNT;
        t.taxData = Draw.chance(r, 0.5);
    }
}
