-- Registry integrity on H2 (the embedded default), by plain foreign keys; PostgreSQL checks the same rules with
-- triggers that cost the import merge less (postgresql/V7). docs/architecture.md, "Import history and lineage".

-- The lineage columns: the import whose merge wrote the row.
ALTER TABLE enterprise ADD CONSTRAINT enterprise_source_import_id_fkey
    FOREIGN KEY (source_import_id) REFERENCES data_import (id);
ALTER TABLE accounting_year ADD CONSTRAINT accounting_year_source_import_id_fkey
    FOREIGN KEY (source_import_id) REFERENCES data_import (id);
ALTER TABLE certificate ADD CONSTRAINT certificate_source_import_id_fkey
    FOREIGN KEY (source_import_id) REFERENCES data_import (id);

-- An accounting year names an enterprise.
ALTER TABLE accounting_year ADD CONSTRAINT accounting_year_uscc_fkey
    FOREIGN KEY (uscc) REFERENCES enterprise (uscc);

-- The history's (uscc, fiscal_year) index serves H2, which plans the import merge's correlated subqueries as nested
-- loops; PostgreSQL does without it (postgresql/V7).
CREATE INDEX accounting_year_history_key_idx ON accounting_year_history (uscc, fiscal_year);
