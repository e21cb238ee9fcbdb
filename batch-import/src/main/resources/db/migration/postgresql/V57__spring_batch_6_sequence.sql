-- Spring Batch 6 names the job instance sequence BATCH_JOB_INSTANCE_SEQ (its migration/6.0/migration-postgresql.sql).
ALTER SEQUENCE BATCH_JOB_SEQ RENAME TO BATCH_JOB_INSTANCE_SEQ;
