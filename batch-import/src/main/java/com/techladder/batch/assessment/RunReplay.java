package com.techladder.batch.assessment;

import com.techladder.batch.classification.ClassificationRun;
import com.techladder.batch.classification.RunEngines;
import com.techladder.rules.engine.PolicyEngine;
import com.techladder.rules.model.EnterpriseProfile;
import com.techladder.rules.result.Assessment;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Replays a run: re-evaluates each stored input under the engine rebuilt from the run's own parameter snapshot and
 * compares the result with the stored one, text for text. Needs nothing but the run's records — the registry may have
 * changed since. Pages are evaluated in one engine pass each.
 */
@Service
class RunReplay {

    static final int MAX_LISTED = 100;

    private final AssessmentRecords records;
    private final RunEngines engines;

    RunReplay(AssessmentRecords records, RunEngines engines) {
        this.records = records;
        this.engines = engines;
    }

    ReplayReport replay(ClassificationRun run) {
        PolicyEngine engine = engines.forSnapshot(run.parameterSnapshot());
        int[] counts = new int[4]; // compared, identical, differing, eligible tier provisional
        List<ReplayReport.Difference> differences = new ArrayList<>();
        records.forEachStoredPage(run.id(), page -> {
            List<EnterpriseProfile> inputs = page.stream().map(StoredAssessment::profile).toList();
            List<Assessment> replayed = engine.evaluateAll(run.assessmentYear(), run.assessmentDay(), inputs);
            for (int i = 0; i < page.size(); i++) {
                StoredAssessment stored = page.get(i);
                String what = null;
                if (!stored.inputsIntact()) {
                    what = "INPUT_HASH";
                } else if (!AssessmentJson.result(asStored(run, replayed.get(i))).equals(stored.result())) {
                    what = "RESULT";
                }
                counts[0]++;
                if (replayed.get(i).eligibleTierProvisional()) {
                    counts[3]++;
                }
                if (what == null) {
                    counts[1]++;
                } else {
                    counts[2]++;
                    if (differences.size() < MAX_LISTED) {
                        differences.add(new ReplayReport.Difference(stored.uscc(), what));
                    }
                }
            }
        });
        return new ReplayReport(Long.toString(run.id()), run.rulesetVersion(), engine.rulesetVersion(), counts[0],
                counts[1], counts[2], differences, run.assessmentDay(),
                run.assessmentDay() == null ? "WINDOW_LAST_DAY" : "ASSESSMENT_DAY", counts[3]);
    }

    /** A run made before the days were stored kept results without them: compare like with like. */
    private static Assessment asStored(ClassificationRun run, Assessment replayed) {
        return run.assessmentDay() == null ? AssessmentJson.withoutDays(replayed) : replayed;
    }
}
