package com.techladder.sampledata;

import com.techladder.rules.model.Programme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The official-list entries of a generated enterprise, consistent with its archetype: 国家高企 certificates
 * (current, expiring within 12 months, expired and renewed, revoked), 科小 numbers for the evaluation year
 * (latest fiscal year + 1) and some for the year before, 省高企 pool entries and 小巨人 list entries.
 *
 * <p>Certificate numbers come from per-year counters, so this class is stateful and must see enterprises in order. The
 * entry makers ({@link #nationalCertificate}, {@link #techSmeNumber}, …) also serve {@link FuzhouCertificates}.
 */
final class CertificateFactory implements CertificateSource {

    private static final String[] BATCH_ORDINALS = {"一", "二", "三", "四", "五"};
    /** The 2023 provincial 小巨人 list was published on 2023-07-07 (docs/policy/little-giant.md). */
    private static final LocalDate LITTLE_GIANT_LIST_2023 = LocalDate.of(2023, 7, 7);
    private static final int YEARS_KEPT = 16;

    private final int latestFiscalYear;
    private final int evaluationYear;
    /** Next 5-digit serial per issue year, for years latestFiscalYear − 12 …. */
    private final int[] nationalSerials = new int[YEARS_KEPT];
    private long techSmeSerial;

    CertificateFactory(int latestFiscalYear) {
        this.latestFiscalYear = latestFiscalYear;
        this.evaluationYear = latestFiscalYear + 1;
    }

    @Override
    public List<CertificateEntry> entriesFor(SyntheticEnterprise e, SplittableRandom r) {
        List<CertificateEntry> entries = new ArrayList<>(4);
        int nationalIssueYear = nationalHte(e, r, entries);
        provincialHte(e, r, nationalIssueYear, entries);
        techSme(e, r, entries);
        littleGiant(e, r, entries);
        return entries;
    }

    @Override
    public CertificateEntry listedOnly(String uscc, String name, int rotation, SplittableRandom r) {
        return switch (rotation % 4) {
            case 0 -> nationalCertificate(uscc, name, latestFiscalYear - r.nextInt(3), r, false);
            case 1 -> techSmeNumber(uscc, name, evaluationYear, uscc.substring(2, 8), r);
            case 2 -> new CertificateEntry(uscc, name, Programme.PROVINCIAL_HTE, null,
                    provincialDate(latestFiscalYear, 1), null, batch(latestFiscalYear, 1), null, null);
            default -> littleGiantEntry(uscc, name, latestFiscalYear, false);
        };
    }

    /** @return the issue year of the current national certificate, or 0 */
    private int nationalHte(SyntheticEnterprise e, SplittableRandom r, List<CertificateEntry> entries) {
        double certified = switch (e.archetype) {
            case NATIONAL_HTE -> 0.75;
            case LARGE -> 0.6;
            case LITTLE_GIANT -> 0.55;
            default -> 0;
        };
        int earliest = e.establishedOn.getYear() + 1;
        if (Draw.chance(r, certified)) {
            int year = latestFiscalYear - r.nextInt(3);
            if (year - 3 >= earliest && Draw.chance(r, 0.4)) {
                entries.add(nationalCertificate(e.uscc, e.name, year - 3, r, false));
            }
            entries.add(nationalCertificate(e.uscc, e.name, year, r, Draw.chance(r, 0.03)));
            return year;
        }
        boolean lapsed = e.archetype == Archetype.ORDINARY || e.archetype == Archetype.PROVINCIAL_HTE;
        int from = Math.max(earliest, latestFiscalYear - 5);
        if (lapsed && from <= latestFiscalYear - 3 && Draw.chance(r, 0.04)) {
            // certified once, never renewed: expired before the evaluation year (certified is not eligible)
            entries.add(nationalCertificate(e.uscc, e.name, Draw.between(r, from, latestFiscalYear - 3), r, false));
        }
        return 0;
    }

    private void provincialHte(SyntheticEnterprise e, SplittableRandom r, int nationalIssueYear,
            List<CertificateEntry> entries) {
        int year;
        if (e.archetype == Archetype.PROVINCIAL_HTE && Draw.chance(r, 0.85)) {
            year = latestFiscalYear - r.nextInt(3);
        } else if (nationalIssueYear > 0 && Draw.chance(r, 0.3)) {
            // the provincial pool is where national 高企 come from ("出库")
            year = nationalIssueYear - 1;
        } else {
            return;
        }
        entries.add(provincialEntry(e, year, r));
    }

    /** A 省高企 pool entry of the year's first or second batch; no number (the key is then the issue date). */
    static CertificateEntry provincialEntry(SyntheticEnterprise e, int year, SplittableRandom r) {
        int batch = 1 + r.nextInt(2);
        return new CertificateEntry(e.uscc, e.name, Programme.PROVINCIAL_HTE, null, provincialDate(year, batch), null,
                batch(year, batch), null, null);
    }

    /** How likely an enterprise of this archetype holds a 科小 number of the year (firms beyond 科小 size: never). */
    static double techSmeChance(Archetype archetype) {
        return switch (archetype) {
            case TECH_SME_BY_SCORE -> 0.75;
            case DIRECT_PATH_NATIONAL_AWARD, DIRECT_PATH_RD_INSTITUTION, DIRECT_PATH_LED_STANDARD -> 0.7;
            case PROVINCIAL_HTE -> 0.45;
            case TWO_YEARS_OLD -> 0.4;
            case NATIONAL_HTE -> 0.35;
            case LITTLE_GIANT, YOUNG_UNDER_ONE_YEAR, MISSING_OPTIONAL_DATA -> 0.3;
            case ORDINARY -> 0.02;
            default -> 0;
        };
    }

    /** Excluded from 科小 in the evaluation year by the latest year's incident, industry or tax method. */
    static boolean excludedFromTechSme(Archetype archetype) {
        return archetype == Archetype.EXCLUDED_BY_INCIDENT || archetype == Archetype.EXCLUDED_RESTRICTED_INDUSTRY
                || archetype == Archetype.NOT_AUDITED_TAX;
    }

    private void techSme(SyntheticEnterprise e, SplittableRandom r, List<CertificateEntry> entries) {
        double current = techSmeChance(e.archetype);
        String region = e.district.code();
        boolean excluded = excludedFromTechSme(e.archetype);
        boolean hadLastYear = e.establishedOn.getYear() < latestFiscalYear;
        if (Draw.chance(r, current)) {
            if (hadLastYear && Draw.chance(r, 0.5)) {
                entries.add(techSmeNumber(e.uscc, e.name, latestFiscalYear, region, r));
            }
            entries.add(techSmeNumber(e.uscc, e.name, evaluationYear, region, r));
        } else if (excluded && hadLastYear && Draw.chance(r, 0.4)) {
            // listed last year, excluded this year by the new incident or finding
            entries.add(techSmeNumber(e.uscc, e.name, latestFiscalYear, region, r));
        }
    }

    void littleGiant(SyntheticEnterprise e, SplittableRandom r, List<CertificateEntry> entries) {
        if (e.archetype != Archetype.LITTLE_GIANT || !Draw.chance(r, 0.85)) {
            return;
        }
        if (Draw.chance(r, 0.5)) {
            entries.add(littleGiantEntry(e.uscc, e.name, latestFiscalYear - 1, false));
        }
        entries.add(littleGiantEntry(e.uscc, e.name, latestFiscalYear, Draw.chance(r, 0.05)));
    }

    /** GR + year + 35 (福建) + 5-digit serial; issued in the December batches; valid 3 years. */
    CertificateEntry nationalCertificate(String uscc, String name, int year, SplittableRandom r,
            boolean revoked) {
        int batch = 1 + r.nextInt(2);
        LocalDate issued = LocalDate.of(year, 12, batch == 1 ? 1 + year % 5 : 15 + year % 7);
        LocalDate validUntil = issued.plusYears(3).minusDays(1);
        int slot = Math.floorMod(year - (latestFiscalYear - 12), YEARS_KEPT);
        int serial = ++nationalSerials[slot];
        String number = "GR" + year + "35" + pad(serial, 5);
        LocalDate revokedOn = revoked ? issued.plusDays(Draw.between(r, 200, 700)) : null;
        return new CertificateEntry(uscc, name, Programme.NATIONAL_HTE, number, issued,
                Draw.chance(r, 0.5) ? validUntil : null, batch(year, batch), revoked ? Boolean.TRUE : Boolean.FALSE,
                revokedOn);
    }

    /**
     * 入库登记编号: the year + the division code + an 8-digit serial. The official format is not confirmed
     * (docs/policy/tech-sme.md ❓); only the leading year is meaningful. Numbers are valid to 31 Dec of their year.
     */
    CertificateEntry techSmeNumber(String uscc, String name, int year, String region, SplittableRandom r) {
        int batch = 1 + r.nextInt(5);
        LocalDate issued = LocalDate.of(year, 3 + batch, 10 + (year + batch) % 15);
        String number = year + region + pad(++techSmeSerial, 8);
        boolean revoked = Draw.chance(r, 0.02);
        return new CertificateEntry(uscc, name, Programme.TECH_SME, number, issued,
                Draw.chance(r, 0.3) ? LocalDate.of(year, 12, 31) : null, batch(year, batch),
                revoked ? Boolean.TRUE : null, revoked ? issued.plusDays(Draw.between(r, 30, 120)) : null);
    }

    private static CertificateEntry littleGiantEntry(String uscc, String name, int year, boolean revoked) {
        LocalDate listed = year == 2023 ? LITTLE_GIANT_LIST_2023 : LocalDate.of(year, 7, 1 + year % 20);
        return new CertificateEntry(uscc, name, Programme.LITTLE_GIANT, null, listed, null, year + "年",
                revoked ? Boolean.TRUE : null, revoked ? listed.plusYears(1) : null);
    }

    private static LocalDate provincialDate(int year, int batch) {
        return LocalDate.of(year, batch == 1 ? 9 : 11, 8 + year % 10);
    }

    private static String batch(int year, int batch) {
        return year + "年第" + BATCH_ORDINALS[batch - 1] + "批";
    }

    private static String pad(long value, int width) {
        String digits = Long.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
