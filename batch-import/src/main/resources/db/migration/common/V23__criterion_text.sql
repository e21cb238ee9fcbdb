-- The fixed texts of a criterion (clause, descriptions, confidence, maximum points) are the same for most enterprises:
-- an assessment record refers to them by content hash instead of repeating them ~55 times per enterprise, which cuts
-- a stored result from ~17 KB to ~7 KB. Content-addressed, so rows are only ever added and never change.
CREATE TABLE criterion_text (
    ref             CHAR(20)      PRIMARY KEY,      -- first 20 hex digits of SHA-256 over the fields below
    criterion_id    VARCHAR(100)  NOT NULL,
    clause          VARCHAR(1000),
    description     VARCHAR(2000),
    description_en  VARCHAR(2000),
    confidence      VARCHAR(20),
    max_points      INTEGER
);
