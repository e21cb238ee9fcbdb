package com.techladder.registry.plan;

import com.techladder.registry.portal.Formats;
import com.techladder.rules.model.Programme;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
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
     * once). Each (day, programme, USCC) is kept once before the enterprise is joined, so the counts per district and
     * 高新区 add up to the city-wide one without a COUNT(DISTINCT) per group.
     */
    Map<Integer, YearEnd> yearEnds(int firstYear, int lastYear) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        StringBuilder days = new StringBuilder();
        for (int year = firstYear; year <= lastYear; year++) {
            days.append(year == firstYear ? "" : ", ").append("(CAST(:y").append(year).append(" AS DATE))");
            params.addValue("y" + year, LocalDate.of(year, 12, 31));
        }
        Map<Integer, YearEnd> counts = new TreeMap<>();
        for (int year = firstYear; year <= lastYear; year++) {
            counts.put(year, new YearEnd(zeroCounts(), zeroCounts(), new LinkedHashMap<>()));
        }
        jdbc.query("""
                SELECT h.year_end, h.programme, COALESCE(e.district, 'UNKNOWN') AS k,
                       CASE WHEN e.in_hitech_zone = TRUE THEN 1 ELSE 0 END AS zone, COUNT(*) AS n
                FROM (SELECT DISTINCT d.year_end, c.programme, c.uscc
                      FROM (VALUES""" + " " + days + """
                           ) AS d (year_end)
                      JOIN certificate c ON""" + " " + validOn("d.year_end") + """
                     ) h
                LEFT JOIN enterprise e ON e.uscc = h.uscc
                GROUP BY h.year_end, h.programme, COALESCE(e.district, 'UNKNOWN'),
                         CASE WHEN e.in_hitech_zone = TRUE THEN 1 ELSE 0 END""", params, rs -> {
                    YearEnd yearEnd = counts.get(rs.getObject("year_end", LocalDate.class).getYear());
                    Programme programme = Programme.valueOf(rs.getString("programme"));
                    int n = rs.getInt("n");
                    yearEnd.cityWide().merge(programme, n, Integer::sum);
                    if (rs.getInt("zone") == 1) {
                        yearEnd.hitechZone().merge(programme, n, Integer::sum);
                    }
                    yearEnd.byDistrict().computeIfAbsent(rs.getString("k").trim(), k -> zeroCounts())
                            .merge(programme, n, Integer::sum);
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
     * USCC) certified on the day is kept once, then its newest year is found through the accounting years' primary key
     * (an anti-join), not by ranking every accounting year: H2 would rank them again for every certificate.
     */
    Map<String, Map<Programme, Integer>> byTechField(LocalDate day) {
        return grouped("""
                SELECT COALESCE(CAST(y.tech_field AS VARCHAR(2)), 'UNKNOWN') AS k, h.programme, COUNT(*) AS n
                FROM (SELECT DISTINCT c.programme, c.uscc FROM certificate c WHERE""" + " " + VALID_ON_DAY + """
                     ) h
                LEFT JOIN accounting_year y ON y.uscc = h.uscc AND y.tech_field IS NOT NULL AND y.fiscal_year <= :year
                     AND NOT EXISTS (SELECT 1 FROM accounting_year n WHERE n.uscc = y.uscc
                                     AND n.tech_field IS NOT NULL AND n.fiscal_year > y.fiscal_year
                                     AND n.fiscal_year <= :year)
                GROUP BY COALESCE(CAST(y.tech_field AS VARCHAR(2)), 'UNKNOWN'), h.programme""", day);
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
