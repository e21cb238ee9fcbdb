package com.techladder.sampledata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The official-list entries of the Fuzhou registry ({@link FuzhouRegistry}): a national 高企 history from the December
 * batches of 2017 on that reproduces the published city counts, 科小 numbers for every year since 2020, a 省高企 pool
 * filled since 2016 and the 小巨人 lists of the test sample.
 *
 * <p>National certificates run in chains: a firm first certified in year <i>s</i> renews (重新认定) in <i>s</i> + 3, + 6, …
 * with probability {@link #RENEWED}, each certificate valid three years. A chain whose last certificate is from 2023 or
 * later is still valid at the end of the evaluation year ("live"); the others lapsed. Both kinds of chain are drawn
 * with the weight the December batches give them, so the counts on each 31 December follow {@link #ISSUED}. A firm
 * too young for the chain drawn stays uncertified; early chains are weighted up by the share of 高企-shaped firms old
 * enough for them, so each batch keeps its weight.
 */
final class FuzhouCertificates implements CertificateSource {

    /** The first December batch in the file; firms certified earlier appear with their 2017–2019 certificate. */
    static final int FIRST_BATCH_YEAR = 2017;
    /**
     * National 高企 certificates issued per December, new and renewed, 2017–2025: chosen so that the certified firms on
     * 31 December (the batches of that year and the two before) are 1,407 in 2019 (Oct 2020 report), 2,057 in 2020,
     * 2,795 in 2021 (2022 "net +964"), 3,759 in 2022 (with 1,572 passing the 2022 batches), 4,678 in 2024
     * (docs/policy/doubling-plan.md); 2023 (≈ 4,180) and 2025 (≈ 5,000) are assumptions between and beyond them.
     */
    static final int[] ISSUED = {379, 420, 608, 1_029, 1_158, 1_572, 1_450, 1_656, 1_900};
    /** Share of certificates renewed when they end (an assumption; the bureaus publish no renewal rate). */
    static final double RENEWED = 0.65;
    /** Share of certificates (issued by 2024) later revoked (撤销, e.g. after a 复核). */
    private static final double REVOKED = 0.01;
    /** 科小 numbers counted per year from here (the dashboard's first plan year). */
    static final int FIRST_TECH_SME_YEAR = 2020;
    /**
     * Scales each archetype's 科小 odds per year 2020–2025 so the registered firms come near 1,100, 1,600, 2,437
     * (published for 2022), 2,650, 2,900 and 3,150: assumed growth, no other Fuzhou figure is published.
     */
    private static final double[] TECH_SME_YEAR_FACTOR = {0.223, 0.315, 0.474, 0.495, 0.542, 0.615};
    /** A firm listed as 科小 before its exclusion year. */
    private static final double TECH_SME_BEFORE_EXCLUSION = 0.6;
    /** The 省高企 pool: entries since its 2016 start; 30% of national 高企 came out of it the year before. */
    private static final int FIRST_POOL_YEAR = 2016;
    private static final double POOL_BEFORE_NATIONAL = 0.3;
    private static final double IN_POOL = 0.85;
    private static final int FIRST_PROVINCIAL_YEAR = 2018;

    private static final Chains LIVE;
    private static final Chains LAPSED;

    static {
        int evaluationYear = FIRST_BATCH_YEAR + ISSUED.length - 1;
        int latestFounding = evaluationYear - 1 - EnterpriseFactory.MATURE_MIN_AGE;
        LIVE = new Chains();
        LAPSED = new Chains();
        for (int start = FIRST_BATCH_YEAR; start <= evaluationYear; start++) {
            double firstCertified = ISSUED[start - FIRST_BATCH_YEAR]
                    - (start - 3 >= FIRST_BATCH_YEAR ? RENEWED * ISSUED[start - 3 - FIRST_BATCH_YEAR] : 0);
            double oldEnough = Math.min(1.0, (start - EnterpriseFactory.MATURE_FOUNDED_FROM)
                    / (double) (latestFounding - EnterpriseFactory.MATURE_FOUNDED_FROM + 1));
            double weight = firstCertified / oldEnough;
            for (int last = start; last <= evaluationYear; last += 3) {
                if (last + 3 > evaluationYear) {
                    LIVE.add(start, last, weight);
                } else {
                    LAPSED.add(start, last, weight * (1 - RENEWED));
                    weight *= RENEWED;
                }
            }
        }
    }

    private final CertificateFactory formats;
    private final int evaluationYear;

    FuzhouCertificates(int latestFiscalYear) {
        if (latestFiscalYear + 1 != FIRST_BATCH_YEAR + ISSUED.length - 1) {
            throw new IllegalArgumentException("the Fuzhou history ends with the evaluation year "
                    + (FIRST_BATCH_YEAR + ISSUED.length - 1) + ", got latest fiscal year " + latestFiscalYear);
        }
        this.formats = new CertificateFactory(latestFiscalYear);
        this.evaluationYear = latestFiscalYear + 1;
    }

    @Override
    public List<CertificateEntry> entriesFor(SyntheticEnterprise e, SplittableRandom r) {
        List<CertificateEntry> entries = new ArrayList<>(6);
        int firstNational = nationalHte(e, r, entries);
        provincialHte(e, r, firstNational, entries);
        techSme(e, r, entries);
        formats.littleGiant(e, r, entries);
        return entries;
    }

    @Override
    public CertificateEntry listedOnly(String uscc, String name, int rotation, SplittableRandom r) {
        return formats.listedOnly(uscc, name, rotation, r);
    }

    /** Firms shaped as certified 高企 mostly hold a live chain; some others once held one that lapsed. */
    static double liveChance(Archetype archetype) {
        return switch (archetype) {
            case NATIONAL_HTE -> 0.817;
            case LARGE -> 0.62;
            case LITTLE_GIANT -> 0.57;
            default -> 0;
        };
    }

    /** Of the firms without a live chain: those whose certification lapsed (not renewed, or revoked). */
    static double lapsedChance(Archetype archetype) {
        return switch (archetype) {
            case NATIONAL_HTE -> 0.7;
            case PROVINCIAL_HTE -> 0.58;
            case LARGE, LITTLE_GIANT -> 0.31;
            case ORDINARY -> 0.11;
            case TECH_SME_BY_SCORE -> 0.055;
            default -> 0;
        };
    }

    /** @return the year of the firm's first national certificate, or 0 */
    private int nationalHte(SyntheticEnterprise e, SplittableRandom r, List<CertificateEntry> entries) {
        Chains chains;
        if (Draw.chance(r, liveChance(e.archetype))) {
            chains = LIVE;
        } else if (Draw.chance(r, lapsedChance(e.archetype))) {
            chains = LAPSED;
        } else {
            return 0;
        }
        int chain = chains.draw(r);
        int start = chains.start[chain];
        if (start <= e.establishedOn.getYear()) {
            // too young for the chain drawn: not (yet) certified
            return 0;
        }
        int last = chains.last[chain];
        for (int year = start; year <= last; year += 3) {
            boolean revoked = year == last && year < evaluationYear && Draw.chance(r, REVOKED);
            entries.add(formats.nationalCertificate(e.uscc, e.name, year, r, revoked));
        }
        return start;
    }

    private void provincialHte(SyntheticEnterprise e, SplittableRandom r, int firstNational,
            List<CertificateEntry> entries) {
        if (e.archetype == Archetype.PROVINCIAL_HTE && Draw.chance(r, IN_POOL)) {
            int year = Math.max(Draw.between(r, FIRST_PROVINCIAL_YEAR, evaluationYear), e.establishedOn.getYear() + 1);
            entries.add(CertificateFactory.provincialEntry(e, Math.min(year, evaluationYear), r));
        } else if (firstNational - 1 >= FIRST_POOL_YEAR && Draw.chance(r, POOL_BEFORE_NATIONAL)) {
            // the provincial pool is where national 高企 come from ("出库")
            entries.add(CertificateFactory.provincialEntry(e, firstNational - 1, r));
        }
    }

    /** A number for each year since 2020 the firm was registered (numbers are valid to 31 Dec of their year). */
    private void techSme(SyntheticEnterprise e, SplittableRandom r, List<CertificateEntry> entries) {
        boolean excluded = CertificateFactory.excludedFromTechSme(e.archetype);
        double chance = excluded && e.archetype == Archetype.EXCLUDED_BY_INCIDENT ? TECH_SME_BEFORE_EXCLUSION
                : CertificateFactory.techSmeChance(e.archetype);
        for (int year = Math.max(FIRST_TECH_SME_YEAR, e.establishedOn.getYear() + 1); year <= evaluationYear; year++) {
            boolean barred = excluded && year == evaluationYear;
            if (!barred && Draw.chance(r, chance * TECH_SME_YEAR_FACTOR[year - FIRST_TECH_SME_YEAR])) {
                entries.add(formats.techSmeNumber(e.uscc, e.name, year, e.district.code(), r));
            }
        }
    }

    /** Certificate chains (first year, last year) with their weights, drawn by one roll. */
    private static final class Chains {
        private int[] start = new int[0];
        private int[] last = new int[0];
        private double[] cumulative = new double[0];

        void add(int from, int to, double weight) {
            int n = start.length;
            start = Arrays.copyOf(start, n + 1);
            last = Arrays.copyOf(last, n + 1);
            cumulative = Arrays.copyOf(cumulative, n + 1);
            start[n] = from;
            last[n] = to;
            cumulative[n] = (n == 0 ? 0 : cumulative[n - 1]) + weight;
        }

        int draw(SplittableRandom r) {
            double roll = r.nextDouble() * cumulative[cumulative.length - 1];
            for (int i = 0; i < cumulative.length; i++) {
                if (roll < cumulative[i]) {
                    return i;
                }
            }
            return cumulative.length - 1;
        }
    }
}
