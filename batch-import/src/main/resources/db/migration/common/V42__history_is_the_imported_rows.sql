-- The accepted rows of an enterprises import are kept, typed, as the history of the enterprise-years: the staging
-- table becomes accounting_year_history. Writing every row a third time as JSON (the old history) cost a third of an
-- import's database time; V41 carried the rows recorded that way into the staging table first.
-- A row is history once its import is COMPLETED; rows of an import still running are its staging, and the merge
-- drops the rows that changed nothing (the same values as the registry already held), as the old history did.
DROP TABLE accounting_year_history;
ALTER TABLE import_staging_enterprise RENAME TO accounting_year_history;
ALTER TABLE accounting_year_history DROP COLUMN row_values;
DROP INDEX import_staging_enterprise_key_idx;
CREATE INDEX accounting_year_history_key_idx ON accounting_year_history (uscc, fiscal_year);
ALTER TABLE import_staging_certificate DROP COLUMN row_values;
