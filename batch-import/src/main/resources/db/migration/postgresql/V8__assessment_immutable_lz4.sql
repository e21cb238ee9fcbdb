-- Assessment records are never updated or deleted (issue 4): the application has no code path that could, and on
-- PostgreSQL the database refuses it too. Corrections are new classification runs.
CREATE FUNCTION assessment_refuse_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'assessment records are immutable: % refused (a correction is a new classification run)', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER assessment_immutable
    BEFORE UPDATE OR DELETE ON assessment
    FOR EACH ROW EXECUTE FUNCTION assessment_refuse_change();

-- lz4 compresses the JSON of assessment records several times faster than the default pglz, at a similar ratio: the
-- nightly run writes a million of them.
ALTER TABLE assessment ALTER COLUMN inputs SET COMPRESSION lz4;
ALTER TABLE assessment ALTER COLUMN result SET COMPRESSION lz4;
