package com.techladder.sampledata;

import com.techladder.rules.identity.FuzhouDivision;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Creates enterprise number {@code index} of a seeded population. Each enterprise draws from its own random stream
 * (seed and index mixed), so an enterprise does not depend on the ones before it.
 */
final class EnterpriseFactory {

    /** Before the 2017 conversion 长乐 was 长乐市, 350182: older registrations keep that region segment. */
    private static final String CHANGLE_CITY_BEFORE_2017 = "350182";
    private static final LocalDate USCC_REFORM = LocalDate.of(2015, 10, 1);
    /** 2023 小巨人 round: registered before 2020-01-01 (闽科企〔2023〕1号). */
    private static final int LITTLE_GIANT_LATEST_FOUNDING_YEAR = 2018;
    /** Firms shaped for 高企 (and the 省高企 pool) were founded from this year … */
    static final int MATURE_FOUNDED_FROM = 1995;
    /** … to this many years before the latest fiscal year. */
    static final int MATURE_MIN_AGE = 4;

    private final long seed;
    private final int latestFiscalYear;
    private final UsccFactory usccFactory;
    private final RegistryShape shape;

    EnterpriseFactory(long seed, int latestFiscalYear, RegistryShape shape) {
        this.seed = seed;
        this.latestFiscalYear = latestFiscalYear;
        this.usccFactory = new UsccFactory(seed);
        this.shape = shape;
    }

    static SplittableRandom randomFor(long seed, long index) {
        long z = seed + (index + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new SplittableRandom(z ^ (z >>> 31));
    }

    SyntheticEnterprise create(long index) {
        SplittableRandom r = randomFor(seed, index);
        Archetype archetype = shape.layout().archetypeOf(index);
        Traits t = neutralTraits(r);
        archetype.shape(t, r);
        if (archetype == Archetype.BOUNDARY) {
            shape.layout().boundaryCaseOf(index).applyTo(t);
        }
        if (archetype == Archetype.EXCLUDED_BY_INCIDENT) {
            t.exclusion = shape.layout().exclusionOf(index);
        }
        t.nationalHte = archetype == Archetype.NATIONAL_HTE || archetype == Archetype.LARGE;

        LocalDate established = establishedOn(archetype, r);
        FuzhouDivision district = shape.divisions().draw(r);
        String uscc = usccFactory.uscc(registrationRegion(district, established, r), index,
                !established.isBefore(USCC_REFORM));
        String name = CompanyNames.name(r, district, t.techField, t.restrictedIndustry, archetype == Archetype.LARGE);
        int firstYear = Math.max(latestFiscalYear - 2, established.getYear());
        YearFigures[] years = AccountingYears.build(t, firstYear, latestFiscalYear, r);
        return new SyntheticEnterprise(index, archetype, t, uscc, name, district, Draw.chance(r, 0.25),
                inHitechZone(district, r), established, years);
    }

    /** A stand-in enterprise that appears only on an official list, not in the enterprises file. */
    String listedOnlyUscc(long index, SplittableRandom r) {
        FuzhouDivision district = shape.divisions().draw(r);
        return usccFactory.uscc(district.code(), index, Draw.chance(r, 0.5));
    }

    private Traits neutralTraits(SplittableRandom r) {
        Traits t = new Traits();
        t.techField = Draw.between(r, 1, 8);
        t.assetRatio = Draw.between(r, 0.5, 1.6);
        t.debtRatio = Draw.between(r, 0.2, 0.72);
        t.costRatio = Draw.between(r, 0.82, 1.0);
        t.taxData = Draw.chance(r, 0.3);
        int trend = r.nextInt(100);
        if (trend < 25) {
            t.growth = Draw.between(r, 0.2, 0.6);
        } else if (trend < 80) {
            t.growth = Draw.between(r, -0.03, 0.15);
        } else {
            t.growth = Draw.between(r, -0.3, -0.05);
            if (Draw.chance(r, 0.15)) {
                t.debtRatio = Draw.between(r, 1.02, 1.3);
            }
        }
        t.softwareIndustry = t.techField == 1 && Draw.chance(r, 0.5);
        return t;
    }

    private LocalDate establishedOn(Archetype archetype, SplittableRandom r) {
        int latest = latestFiscalYear;
        return switch (archetype) {
            case YOUNG_UNDER_ONE_YEAR -> dayIn(r, latest, 7, 12);
            case TWO_YEARS_OLD -> dayIn(r, latest - 1, 1, 6);
            case LITTLE_GIANT -> dayIn(r, Draw.between(r, 2000, Math.min(LITTLE_GIANT_LATEST_FOUNDING_YEAR, latest - 3)),
                    1, 12);
            // boundary firms include the 小巨人 cases, so they too were registered before 2020
            case BOUNDARY -> dayIn(r, Draw.between(r, 1995, Math.min(LITTLE_GIANT_LATEST_FOUNDING_YEAR, latest - 4)),
                    1, 12);
            case NATIONAL_HTE, LARGE, PROVINCIAL_HTE, DIRECT_PATH_NATIONAL_AWARD ->
                    dayIn(r, Draw.between(r, MATURE_FOUNDED_FROM, latest - MATURE_MIN_AGE), 1, 12);
            default -> dayIn(r, Draw.between(r, 1998, latest - 2), 1, 12);
        };
    }

    private static LocalDate dayIn(SplittableRandom r, int year, int fromMonth, int toMonth) {
        int month = Draw.between(r, fromMonth, toMonth);
        return LocalDate.of(year, month, Draw.between(r, 1, 28));
    }

    /**
     * The USCC's region segment is the authority that first registered the firm — the city bureau (350100) for about
     * a third, else the district's — and does not follow later moves (docs/policy/identifiers.md).
     */
    private static String registrationRegion(FuzhouDivision district, LocalDate established, SplittableRandom r) {
        if (Draw.chance(r, 0.35)) {
            return FuzhouDivision.FUZHOU_CITY.code();
        }
        if (district == FuzhouDivision.CHANGLE && established.getYear() < 2017) {
            return CHANGLE_CITY_BEFORE_2017;
        }
        return district.code();
    }

    /**
     * 福州高新区's parks lie mostly in 闽侯 (海西园), 鼓楼 (软件园), 仓山 and 马尾; a few firms leave the column empty. The
     * shape scales the odds (the Fuzhou registry's zone holds about the plan's assumed share of national 高企).
     */
    private Boolean inHitechZone(FuzhouDivision district, SplittableRandom r) {
        if (Draw.chance(r, 0.08)) {
            return null;
        }
        double share = switch (district) {
            case MINHOU -> 0.55;
            case GULOU -> 0.25;
            case CANGSHAN -> 0.2;
            case MAWEI -> 0.15;
            case JIN_AN -> 0.1;
            default -> 0.03;
        };
        return Draw.chance(r, share * shape.hitechZoneFactor());
    }
}
