-- The lineage columns enterprise.source_import_id, accounting_year.source_import_id and certificate.source_import_id
-- name the import whose merge wrote the row. On PostgreSQL they are not foreign keys: a foreign key checks every
-- written row (an index probe and a row lock each: about 400,000 checks for a 100,000-enterprise file, roughly
-- 2 s of PostgreSQL time), yet the only writer of these columns is the merge of that very import, whose data_import
-- row exists by construction. What a foreign key would still guard against, an import being deleted or renumbered
-- while rows name it, this trigger refuses with the same SQLSTATE (23503). H2 (the embedded default) keeps the keys.
ALTER TABLE enterprise DROP CONSTRAINT enterprise_source_import_id_fkey;
ALTER TABLE accounting_year DROP CONSTRAINT accounting_year_source_import_id_fkey;
ALTER TABLE certificate DROP CONSTRAINT certificate_source_import_id_fkey;

CREATE FUNCTION data_import_refuse_orphaning() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.id = OLD.id THEN
        RETURN NEW;
    END IF;
    -- a merge in flight holds this lock: wait for it, so that the rows it writes are seen below
    PERFORM 1 FROM import_merge_lock WHERE id = 1 FOR UPDATE;
    IF EXISTS (SELECT 1 FROM enterprise WHERE source_import_id = OLD.id)
            OR EXISTS (SELECT 1 FROM accounting_year WHERE source_import_id = OLD.id)
            OR EXISTS (SELECT 1 FROM accounting_year_history WHERE import_id = OLD.id)
            OR EXISTS (SELECT 1 FROM certificate WHERE source_import_id = OLD.id) THEN
        RAISE EXCEPTION 'data_import % is still named by registry rows: % refused', OLD.id, TG_OP
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER data_import_lineage
    BEFORE UPDATE OF id OR DELETE ON data_import
    FOR EACH ROW EXECUTE FUNCTION data_import_refuse_orphaning();
