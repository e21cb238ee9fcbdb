-- Issue 13.11, the doubling-plan dashboard (registry-app plan/PipelineQueries): every year's pipeline counts a run's
-- ELIGIBLE assessments. By the primary key (run_id, uscc) that reads every record of the run — wide rows, the stored
-- inputs and result beside the query columns; this index finds the run's records of one 国家高企 outcome, USCC
-- included, without touching them (an index-only scan on PostgreSQL: assessments are never updated).
CREATE INDEX assessment_run_outcome_idx ON assessment (run_id, national_hte_outcome, uscc);
