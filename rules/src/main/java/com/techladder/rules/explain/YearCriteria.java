package com.techladder.rules.explain;

import com.techladder.rules.model.Programme;
import com.techladder.rules.model.SubsidyProgramme;
import com.techladder.rules.parameter.YearParameters;
import java.util.NoSuchElementException;

/**
 * The catalogue as it stands in one assessment year: each criterion's parameter value looked up once per evaluation
 * (not once per enterprise), which programmes are in force and which criteria apply.
 */
public final class YearCriteria {

    private final YearParameters params;
    private final CriterionCatalogue catalogue;
    private final YearParameters.Resolved[] resolved = new YearParameters.Resolved[Criterion.values().length];
    private final boolean[] programmeInForce = new boolean[Programme.values().length];
    private final YearParameters.Resolved[] subsidyResolved = new YearParameters.Resolved[SubsidyCriterion.values().length];
    private final int[] applyingPerProgramme = new int[Programme.values().length];

    public YearCriteria(CriterionCatalogue catalogue, YearParameters params) {
        this.params = params;
        this.catalogue = catalogue;
        for (Criterion c : Criterion.values()) {
            String key = catalogue.entry(c).parameter();
            if (params.has(key)) {
                resolved[c.ordinal()] = params.resolved(key);
                applyingPerProgramme[c.programme().ordinal()]++;
            }
        }
        for (SubsidyCriterion c : SubsidyCriterion.values()) {
            String key = catalogue.entry(c).parameter();
            if (params.has(key)) {
                subsidyResolved[c.ordinal()] = params.resolved(key);
            }
        }
        for (Programme p : Programme.values()) {
            programmeInForce[p.ordinal()] = params.has(catalogue.inForceWith(p));
        }
    }

    public YearParameters params() {
        return params;
    }

    CriterionEntry entry(Criterion criterion) {
        return catalogue.entry(criterion);
    }

    /** The value in force of {@code criterion}'s parameter. */
    YearParameters.Resolved resolved(Criterion criterion) {
        YearParameters.Resolved r = resolved[criterion.ordinal()];
        if (r == null) {
            throw new NoSuchElementException("parameter '" + catalogue.entry(criterion).parameter()
                    + "' of " + criterion + " has no value in force in " + params.year());
        }
        return r;
    }

    CriterionEntry entry(SubsidyCriterion criterion) {
        return catalogue.entry(criterion);
    }

    CriterionEntry.Wording joinedBy(SubsidyProgramme subsidy) {
        return catalogue.joinedBy(subsidy);
    }

    /** The value in force of {@code criterion}'s parameter, null in a year it has none. */
    YearParameters.Resolved resolvedOrNull(SubsidyCriterion criterion) {
        return subsidyResolved[criterion.ordinal()];
    }

    boolean inForce(Programme programme) {
        return programmeInForce[programme.ordinal()];
    }

    /** How many of {@code programme}'s criteria apply this year: a sheet records about as many, sized once. */
    int applying(Programme programme) {
        return applyingPerProgramme[programme.ordinal()];
    }

    /** Whether {@code criterion} applies this year: its parameter has a value in force. */
    boolean applies(Criterion criterion) {
        return resolved[criterion.ordinal()] != null;
    }

    /** Whether the subsidy entry {@code criterion} applies this year: its parameter has a value in force. */
    public boolean applies(SubsidyCriterion criterion) {
        return subsidyResolved[criterion.ordinal()] != null;
    }
}
