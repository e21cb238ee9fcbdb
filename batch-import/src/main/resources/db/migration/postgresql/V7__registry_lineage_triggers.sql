-- Registry integrity on PostgreSQL, by triggers where H2 has foreign keys (h2/V7): the same rules, cheaper for the
-- import merge, refused with the foreign key's SQLSTATE (23503). docs/architecture.md, "Import history and lineage".

-- The lineage columns enterprise.source_import_id, accounting_year.source_import_id and certificate.source_import_id
-- name the import whose merge wrote the row. They are not foreign keys: a foreign key checks every written row (an
-- index probe and a row lock each: about 400,000 checks for a 100,000-enterprise file, roughly 2 s of PostgreSQL
-- time), yet the only writer of these columns is the merge of that very import, whose data_import row exists by
-- construction. What a foreign key would still guard against, an import being deleted or renumbered while rows name
-- it, this trigger refuses.
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

-- accounting_year.uscc must name an enterprise. A foreign key checks that row by row (an index probe and a row lock
-- per row: 1.3 s of PostgreSQL time for a 300,000-row import, a third of its merge); these triggers check the same
-- rule once per statement, over all the rows it wrote (a transition table). The referenced side: an enterprise that
-- accounting years name cannot be deleted or renumbered. Writers of accounting_year (the import merge) hold the row
-- lock of import_merge_lock, and so does the check below before it looks, so a concurrent delete cannot slip between
-- a merge's check and its commit.
CREATE FUNCTION accounting_year_check_enterprise() RETURNS trigger AS $$
DECLARE
    orphan CHAR(18);
BEGIN
    SELECT w.uscc INTO orphan FROM written w WHERE NOT EXISTS (SELECT 1 FROM enterprise e WHERE e.uscc = w.uscc) LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'accounting_year names enterprise % which does not exist', orphan
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER accounting_year_enterprise_inserted
    AFTER INSERT ON accounting_year REFERENCING NEW TABLE AS written
    FOR EACH STATEMENT EXECUTE FUNCTION accounting_year_check_enterprise();
CREATE TRIGGER accounting_year_enterprise_updated
    AFTER UPDATE ON accounting_year REFERENCING NEW TABLE AS written
    FOR EACH STATEMENT EXECUTE FUNCTION accounting_year_check_enterprise();

CREATE FUNCTION enterprise_refuse_orphaning() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.uscc = OLD.uscc THEN
        RETURN NEW;
    END IF;
    PERFORM 1 FROM import_merge_lock WHERE id = 1 FOR UPDATE;
    IF EXISTS (SELECT 1 FROM accounting_year WHERE uscc = OLD.uscc) THEN
        RAISE EXCEPTION 'enterprise % still has accounting years: % refused', OLD.uscc, TG_OP
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER enterprise_years
    BEFORE UPDATE OF uscc OR DELETE ON enterprise
    FOR EACH ROW EXECUTE FUNCTION enterprise_refuse_orphaning();

-- No (uscc, fiscal_year) index on accounting_year_history, unlike H2: it would cost about 1 s for every 300,000 rows
-- imported (random insertions into a B-tree), a tenth of an import, and no statement here uses it: the merge joins
-- staged rows by hash, and reads the history of one import through the primary key (import_id, line). The history of
-- one enterprise-year, an occasional audit question, is answered by a sequential scan; create the index if a screen
-- ever asks it often.
