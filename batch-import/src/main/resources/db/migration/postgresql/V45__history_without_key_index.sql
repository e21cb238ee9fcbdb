-- The (uscc, fiscal_year) index of accounting_year_history costs PostgreSQL about 1 s for every 300,000 rows imported
-- (random insertions into a B-tree), a tenth of an import, and no statement uses it: the merge joins staged rows by
-- hash, and reads the history of one import through the primary key (import_id, line). The history of one
-- enterprise-year, an occasional audit question, is answered by a sequential scan; create the index again if a screen
-- ever asks it often. H2, which plans the merge's correlated subqueries as nested loops, keeps it.
DROP INDEX accounting_year_history_key_idx;
