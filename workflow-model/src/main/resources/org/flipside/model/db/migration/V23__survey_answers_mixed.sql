-- Survey answers wait here, sealed, until they are written to fs_survey_response in a shuffled batch with others:
-- a response row's place in its table (H2's row order, PostgreSQL's ctid and xmin) then follows no one's completion.
-- A waiting answer is AES-GCM ciphertext under a key derived from the host's key and the cohort's survey salt, padded
-- to a fixed size, so its row says nothing but the survey it belongs to; tag (baseline and final only) lets a retried
-- completion find its answer waiting without naming anyone. The day stamp goes: a response keeps no time at all.
CREATE TABLE fs_survey_pending (
    id        VARCHAR(36)  NOT NULL,
    cohort_id VARCHAR(36)  NOT NULL,
    kind      VARCHAR(10)  NOT NULL,
    tag       VARCHAR(64),
    sealed    TEXT         NOT NULL,
    CONSTRAINT pk_fs_survey_pending PRIMARY KEY (id),
    CONSTRAINT fk_fs_survey_pending_cohort FOREIGN KEY (cohort_id) REFERENCES fs_cohort (id),
    CONSTRAINT uq_fs_survey_pending_tag UNIQUE (cohort_id, tag)
);
CREATE INDEX ix_fs_survey_pending_cohort ON fs_survey_pending (cohort_id, kind);

ALTER TABLE fs_survey_response DROP COLUMN submitted_at;
