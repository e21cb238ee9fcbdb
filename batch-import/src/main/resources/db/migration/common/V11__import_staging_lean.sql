-- Staging is written once per row of every import: each index on it costs about as much as the write itself
-- (measured on PostgreSQL, docs/performance.md). The repeated-key check at merge time is a single hash join and
-- needs no index; the primary key (import_id, line) stays, as the guard that a row is never staged twice.
DROP INDEX import_staging_enterprise_key_idx;
DROP INDEX import_staging_certificate_key_idx;
