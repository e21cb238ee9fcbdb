-- accounting_year.uscc must name an enterprise. A foreign key checks that row by row (an index probe and a row lock
-- per row: 1.3 s of PostgreSQL time for a 300,000-row import, a third of its merge); these triggers check the same
-- rule once per statement, over all the rows it wrote (a transition table), and refuse with the foreign key's SQLSTATE
-- (23503). The referenced side: an enterprise that accounting years name cannot be deleted or renumbered. Writers of
-- accounting_year (the import merge) hold the row lock of import_merge_lock, and so does the check below before it
-- looks, so a concurrent delete cannot slip between a merge's check and its commit. H2 keeps the foreign key.
ALTER TABLE accounting_year DROP CONSTRAINT accounting_year_uscc_fkey;

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
