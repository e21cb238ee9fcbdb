-- 研发经费支出 as reported to the statistics bureau (统计口径), the basis of the 2025 R&D measure: an optional column of
-- the enterprises file (docs/contracts/import-csv.md), declared in rules' RecordColumn. Appended to both tables, so the
-- contract's column order stays the tables' order; NULL (missing) for every row imported before it.
ALTER TABLE accounting_year ADD COLUMN rd_expenditure_statistical NUMERIC(16,4);
ALTER TABLE accounting_year_history ADD COLUMN rd_expenditure_statistical NUMERIC(16,4);
