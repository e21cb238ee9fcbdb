package com.techladder.registry.console;

import com.techladder.rules.model.Programme;
import com.techladder.rules.model.Tier;
import com.techladder.rules.result.Outcome;

/**
 * What a staff member searches the registry for; every field is optional. Bound from the query string of
 * {@code /console/enterprises}, so a search is a link that can be bookmarked and shared.
 *
 * @param q a USCC (or its beginning) or part of the enterprise name
 * @param district a division code (GB/T 2260)
 * @param tier the eligible tier in the latest classification run
 * @param programme with {@code outcome}: that programme's outcome in the latest run
 * @param page zero-based page number
 */
public record SearchCriteria(String q, String district, Tier tier, Programme programme, Outcome outcome, Integer page) {

    public static final int PAGE_SIZE = 25;

    public SearchCriteria {
        q = q == null || q.isBlank() ? null : q.trim();
        district = district == null || district.isBlank() ? null : district.trim();
        page = page == null || page < 0 ? 0 : page;
    }
}
