package com.techladder.registry.plan;

import com.techladder.registry.portal.Formats;
import com.techladder.rules.model.Programme;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Enterprises certified on a given day, counted in the database (set-based, never by loading certificates): one per
 * USCC, so a renamed enterprise listed under two names counts once, and a certificate whose enterprise is known only
 * from a list (no district) still counts city-wide.
 */
@Repository
class CertifiedCounts {

    /** Key of the enterprises without a known district or technology field. */
    static final String UNKNOWN = Formats.UNKNOWN_DIVISION;

    /** The certificate {@code c} is valid on :day (see {@link #validOn}). */
    static final String VALID_ON_DAY = validOn(":day");

    private final NamedParameterJdbcTemplate jdbc;

    CertifiedCounts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Same semantics as {@code CertificateRecord.isValidOn}: issued by the day, not expired (null = open-ended), and
     * not revoked by then — a revocation without a date ends the status altogether.
     *
     * @param day an SQL expression for the day, a parameter or a column
     */
    static String validOn(String day) {
        return """
                c.issued_on <= %1$s
                AND (COALESCE(c.effective_valid_until, c.valid_until) IS NULL
                     OR COALESCE(c.effective_valid_until, c.valid_until) >= %1$s)
                AND (c.revoked = FALSE OR (c.revoked_on IS NOT NULL AND c.revoked_on > %1$s))""".formatted(day);
    }

    /**
     * Certified enterprises per programme on 31 Dec of each year from {@code firstYear} to {@code lastYear}, city-wide,
     * in 福州高新区 and per district, in one pass over the certificates (a dashboard asks for every year of a plan at
     * once). The certificates of each (USCC, programme) are folded into one row with a 0/1 column per 31 Dec (valid
     * that day by any of them), so an enterprise counts once per day and programme, and the counts per district and
     * 高新区 add up to the city-wide one. Joining the days as rows instead made (days × certificates) rows to
     * de-duplicate: 1.2 million at 200,000 certificates, seconds on PostgreSQL (docs/performance.md, dashboard).
     */
    Map<Integer, YearEnd> yearEnds(int firstYear, int lastYear) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("firstDay", LocalDate.of(firstYear, 12, 31)).addValue("lastDay", LocalDate.of(lastYear, 12, 31));
        StringJoiner validPerDay = new StringJoiner(", ");
        StringJoiner countPerDay = new StringJoiner(", ");
        for (int year = firstYear; year <= lastYear; year++) {
            params.addValue("y" + year, LocalDate.of(year, 12, 31));
            validPerDay.add("MAX(CASE WHEN " + validOn("CAST(:y" + year + " AS DATE)") + " THEN 1 ELSE 0 END) AS v" + year);
            countPerDay.add("SUM(h.v" + year + ") AS n" + year);
        }
        Map<Integer, YearEnd> counts = new TreeMap<>();
        for (int year = firstYear; year <= lastYear; year++) {
            counts.put(year, new YearEnd(zeroCounts(), zeroCounts(), new LinkedHashMap<>()));
        }
        // only certificates that can be valid on one of the days: issued by the last, not ended before the first
        jdbc.query("SELECT h.programme, COALESCE(e.district, 'UNKNOWN') AS k, "
                + "CASE WHEN e.in_hitech_zone = TRUE THEN 1 ELSE 0 END AS zone, " + countPerDay + " " + """
                FROM (SELECT c.uscc, c.programme,""" + " " + validPerDay + """
                       FROM certificate c
                       WHERE c.issued_on <= :lastDay
                         AND (COALESCE(c.effective_valid_until, c.valid_until) IS NULL
                              OR COALESCE(c.effective_valid_until, c.valid_until) >= :firstDay)
                         AND (c.revoked = FALSE OR c.revoked_on > :firstDay)
                       GROUP BY c.uscc, c.programme) h
                LEFT JOIN enterprise e ON e.uscc = h.uscc
                GROUP BY h.programme, COALESCE(e.district, 'UNKNOWN'),
                         CASE WHEN e.in_hitech_zone = TRUE THEN 1 ELSE 0 END""", params, rs -> {
                    Programme programme = Programme.valueOf(rs.getString("programme"));
                    String district = rs.getString("k").trim();
                    boolean inZone = rs.getInt("zone") == 1;
                    for (Map.Entry<Integer, YearEnd> day : counts.entrySet()) {
                        int n = rs.getInt("n" + day.getKey());
                        if (n == 0) {
                            continue;
                        }
                        YearEnd yearEnd = day.getValue();
                        yearEnd.cityWide().merge(programme, n, Integer::sum);
                        if (inZone) {
                            yearEnd.hitechZone().merge(programme, n, Integer::sum);
                        }
                        yearEnd.byDistrict().computeIfAbsent(district, k -> zeroCounts()).merge(programme, n, Integer::sum);
                    }
                });
        return counts;
    }

    /**
     * Certified enterprises per programme on one 31 Dec: city-wide, in 福州高新区, and per district code
     * ({@link #UNKNOWN} when the registry has no district).
     */
    record YearEnd(Map<Programme, Integer> cityWide, Map<Programme, Integer> hitechZone,
                   Map<String, Map<Programme, Integer>> byDistrict) {
    }

    /** Certified enterprises per programme, city-wide. */
    Map<Programme, Integer> cityWide(LocalDate day) {
        Map<Programme, Integer> counts = zeroCounts();
        jdbc.query("SELECT c.programme, COUNT(DISTINCT c.uscc) AS n FROM certificate c WHERE " + VALID_ON_DAY
                        + " GROUP BY c.programme", day(day),
                rs -> {
                    counts.put(Programme.valueOf(rs.getString("programme")), rs.getInt("n"));
                });
        return counts;
    }

    /** Certified enterprises per programme located in 福州高新区. */
    Map<Programme, Integer> hitechZone(LocalDate day) {
        Map<Programme, Integer> counts = zeroCounts();
        jdbc.query("""
                SELECT c.programme, COUNT(DISTINCT c.uscc) AS n FROM certificate c
                JOIN enterprise e ON e.uscc = c.uscc
                WHERE e.in_hitech_zone = TRUE AND""" + " " + VALID_ON_DAY + " GROUP BY c.programme", day(day),
                rs -> {
                    counts.put(Programme.valueOf(rs.getString("programme")), rs.getInt("n"));
                });
        return counts;
    }

    /** Certified enterprises per district code ({@link #UNKNOWN} when the registry has no district) and programme. */
    Map<String, Map<Programme, Integer>> byDistrict(LocalDate day) {
        return grouped("""
                SELECT COALESCE(e.district, 'UNKNOWN') AS k, c.programme, COUNT(DISTINCT c.uscc) AS n
                FROM certificate c LEFT JOIN enterprise e ON e.uscc = c.uscc
                WHERE""" + " " + VALID_ON_DAY + " GROUP BY COALESCE(e.district, 'UNKNOWN'), c.programme", day);
    }

    /**
     * Certified enterprises per technology field (1–8, {@link #UNKNOWN} when none is recorded) and programme. The field
     * is the one of the enterprise's newest accounting year up to the day's year that records one. Each (programme,
     * USCC) certified on the day is kept once, then its newest year with a field is read through the accounting years'
     * primary key (a backward probe per certified enterprise): neither ranking every accounting year (H2 ranked them
     * again for every certificate) nor an anti-join over all of them (PostgreSQL hashed every accounting year of the
     * registry, 300,000 at 100,000 enterprises, to answer for the certified few).
     */
    Map<String, Map<Programme, Integer>> byTechField(LocalDate day) {
        return grouped("""
                SELECT COALESCE(CAST(f.tech_field AS VARCHAR(2)), 'UNKNOWN') AS k, f.programme, COUNT(*) AS n
                FROM (SELECT h.programme,
                             (SELECT y.tech_field FROM accounting_year y
                              WHERE y.uscc = h.uscc AND y.fiscal_year <= :year AND y.tech_field IS NOT NULL
                              ORDER BY y.fiscal_year DESC FETCH FIRST 1 ROWS ONLY) AS tech_field
                      FROM (SELECT DISTINCT c.programme, c.uscc FROM certificate c WHERE""" + " " + VALID_ON_DAY + """
                           ) h
                     ) f
                GROUP BY COALESCE(CAST(f.tech_field AS VARCHAR(2)), 'UNKNOWN'), f.programme""", day);
    }

    private Map<String, Map<Programme, Integer>> grouped(String sql, LocalDate day) {
        Map<String, Map<Programme, Integer>> counts = new LinkedHashMap<>();
        jdbc.query(sql, day(day).addValue("year", day.getYear()), rs -> {
            counts.computeIfAbsent(rs.getString("k").trim(), k -> zeroCounts())
                    .put(Programme.valueOf(rs.getString("programme")), rs.getInt("n"));
        });
        return counts;
    }

    private static MapSqlParameterSource day(LocalDate day) {
        return new MapSqlParameterSource("day", day);
    }

    static Map<Programme, Integer> zeroCounts() {
        Map<Programme, Integer> counts = new EnumMap<>(Programme.class);
        for (Programme p : Programme.values()) {
            counts.put(p, 0);
        }
        return counts;
    }
}
