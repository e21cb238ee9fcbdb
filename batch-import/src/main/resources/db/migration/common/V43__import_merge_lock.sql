-- One row that every import merge locks (SELECT ... FOR UPDATE) for its transaction: merges touching the same keys
-- would race on the registry's unique keys, and several application instances may share one database.
CREATE TABLE import_merge_lock (
    id INTEGER PRIMARY KEY
);
INSERT INTO import_merge_lock (id) VALUES (1);
