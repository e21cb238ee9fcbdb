package com.techladder.registry.console;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import com.techladder.rules.identity.FuzhouDivision;
import com.techladder.rules.model.Programme;

/**
 * Searches the registry ({@code enterprise}) together with one classification run's assessments: one count query and
 * one page query, both set-based, whatever the size of the registry. Read-only.
 */
@Repository
public class RegistrySearch {

    private final NamedParameterJdbcTemplate jdbc;

    RegistrySearch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The enterprises matching {@code criteria}, by name, with their standing in run {@code runId}.
     *
     * @param runId the run whose outcomes are shown and filtered on; null when there is none (then a filter on an
     *     outcome matches nothing)
     */
    public SearchResults search(SearchCriteria criteria, Long runId) {
        return search(criteria, runId, " LEFT JOIN ");
    }

    /** Only the enterprises run {@code runId} assessed, for the auditor's view of one run. */
    public SearchResults searchAssessed(SearchCriteria criteria, long runId) {
        return search(criteria, runId, " JOIN ");
    }

    private SearchResults search(SearchCriteria criteria, Long runId, String join) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("run", runId == null ? -1L : runId);
        String where = where(criteria, parameters);
        String from = " FROM enterprise e" + join + "assessment a ON a.run_id = :run AND a.uscc = e.uscc";
        Long total = jdbc.queryForObject("SELECT COUNT(*)" + from + where, parameters, Long.class);
        parameters.addValue("limit", SearchCriteria.PAGE_SIZE)
                .addValue("offset", (long) criteria.page() * SearchCriteria.PAGE_SIZE);
        List<SearchHit> hits = jdbc.query("SELECT e.uscc, e.name, e.district, a.eligible_tier, a.eligible_tier_provisional, a.certified_tier,"
                + " a.tech_sme_outcome, a.provincial_hte_outcome, a.national_hte_outcome, a.little_giant_outcome"
                + from + where + " ORDER BY e.name, e.uscc LIMIT :limit OFFSET :offset",
                parameters, RegistrySearch::hit);
        return new SearchResults(criteria, runId, total == null ? 0 : total, hits);
    }

    private static String where(SearchCriteria criteria, MapSqlParameterSource parameters) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (criteria.q() != null) {
            where.append(" AND (e.uscc LIKE :usccPrefix ESCAPE '\\' OR LOWER(e.name) LIKE :namePart ESCAPE '\\')");
            String literal = likeLiteral(criteria.q());
            parameters.addValue("usccPrefix", literal.toUpperCase(Locale.ROOT) + "%")
                    .addValue("namePart", "%" + literal.toLowerCase(Locale.ROOT) + "%");
        }
        if (criteria.district() != null) {
            where.append(" AND e.district = :district");
            parameters.addValue("district", criteria.district());
        }
        if (criteria.tier() != null) {
            where.append(" AND a.eligible_tier = :tier");
            parameters.addValue("tier", criteria.tier().name());
        }
        if (criteria.programme() != null && criteria.outcome() != null) {
            // the column name comes from the enum, never from the request text
            where.append(" AND a.").append(outcomeColumn(criteria.programme())).append(" = :outcome");
            parameters.addValue("outcome", criteria.outcome().name());
        }
        return where.toString();
    }

    /** {@code TECH_SME} → {@code tech_sme_outcome}, the assessment table's column for that programme. */
    static String outcomeColumn(Programme programme) {
        return programme.name().toLowerCase(Locale.ROOT) + "_outcome";
    }

    /** Typed text is matched literally: {@code %} and {@code _} lose their LIKE meaning. */
    private static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static SearchHit hit(ResultSet rs, int row) throws SQLException {
        Map<Programme, String> outcomes = new EnumMap<>(Programme.class);
        for (Programme programme : Programme.values()) {
            String outcome = rs.getString(outcomeColumn(programme));
            if (outcome != null) {
                outcomes.put(programme, outcome);
            }
        }
        String district = rs.getString("district") == null ? null : rs.getString("district").trim();
        return new SearchHit(rs.getString("uscc").trim(), rs.getString("name"), district,
                district == null ? null : FuzhouDivision.byCode(district).orElse(null),
                rs.getString("eligible_tier"), rs.getBoolean("eligible_tier_provisional"), rs.getString("certified_tier"),
                outcomes);
    }
}
