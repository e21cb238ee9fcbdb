-- Spring Batch 6 names the job instance sequence BATCH_JOB_INSTANCE_SEQ. H2 cannot rename a sequence, and Batch's own
-- H2 migration starts the new one at 1, which would reuse the ids of job instances already recorded: it starts where
-- the old one stood.
CREATE SEQUENCE BATCH_JOB_INSTANCE_SEQ START WITH (SELECT BASE_VALUE FROM INFORMATION_SCHEMA.SEQUENCES
    WHERE SEQUENCE_NAME = 'batch_job_seq');
DROP SEQUENCE BATCH_JOB_SEQ;
