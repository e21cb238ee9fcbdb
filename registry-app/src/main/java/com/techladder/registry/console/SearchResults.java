package com.techladder.registry.console;

import java.util.List;

/**
 * One page of a registry search.
 *
 * @param runId the classification run whose outcomes were searched; null when no run has completed yet
 * @param total the number of enterprises matching, over all pages
 */
public record SearchResults(SearchCriteria criteria, Long runId, long total, List<SearchHit> hits) {

    public int pageCount() {
        return (int) ((total + SearchCriteria.PAGE_SIZE - 1) / SearchCriteria.PAGE_SIZE);
    }
}
