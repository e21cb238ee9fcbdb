-- lz4 compresses the JSON of assessment records several times faster than the default pglz, at a similar ratio: the
-- nightly run writes a million of them.
ALTER TABLE assessment ALTER COLUMN inputs SET COMPRESSION lz4;
ALTER TABLE assessment ALTER COLUMN result SET COMPRESSION lz4;
