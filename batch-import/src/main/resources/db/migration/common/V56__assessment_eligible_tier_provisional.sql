-- Issue 10 point 7: lists that show an assessment's eligible tier from the query columns (registry search, results
-- export) must say 暂定 when the tier rests on provisional values, without parsing each stored result.
-- Results stored before this column have it NULL: the lists then show no mark (their result JSON still says it).
ALTER TABLE assessment ADD COLUMN eligible_tier_provisional BOOLEAN;
