-- Crash recovery (docs/operations.md, "After a crash").
-- An import belongs to the application instance that runs it: the instance writes its id in owner and renews
-- heartbeat_at every few seconds while the import is STARTED. An import whose heartbeat is older than the lease was
-- cut off by the death of its instance; any live instance fails it and cleans its staged rows (a live instance's import
-- is never touched, whatever the number of instances on the database). Imports left STARTED before this migration
-- have no heartbeat and are treated as cut off.
ALTER TABLE data_import ADD COLUMN owner VARCHAR(200);
ALTER TABLE data_import ADD COLUMN heartbeat_at TIMESTAMP;

-- The registry's version: every merge that changes the registry adds one, under the merge lock. A classification run
-- records the version it was launched on, and a restart refuses to continue on a registry that changed since.
ALTER TABLE import_merge_lock ADD COLUMN registry_version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE classification_run ADD COLUMN registry_version BIGINT;
