package com.techladder.registry.console;

import org.springframework.ui.Model;

import com.techladder.rules.identity.FuzhouDivision;
import com.techladder.rules.model.Programme;
import com.techladder.rules.model.Tier;
import com.techladder.rules.result.Outcome;

/** The choices of the registry search form (console/parts :: search), for every page that shows it. */
public final class SearchOptions {

    private SearchOptions() {
    }

    public static void addTo(Model model) {
        model.addAttribute("divisions", FuzhouDivision.values());
        model.addAttribute("tiers", Tier.values());
        model.addAttribute("programmes", Programme.values());
        model.addAttribute("outcomes", Outcome.values());
    }
}
