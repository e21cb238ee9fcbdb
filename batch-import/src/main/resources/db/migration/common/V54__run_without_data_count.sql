-- Issue 13 (the official run): a run for a year the registry has no figures for finishes with every enterprise at
-- 资料不足. The run records how many of its enterprises had no accounting year Y−1 (Y its assessment year), so that run
-- pages can mark it. NULL for runs completed before this migration: not known, and not guessed from today's data.
ALTER TABLE classification_run ADD COLUMN without_data_count INTEGER;
