-- The sponsor's rollout decision as the programme keeps it: why, when, whether the last cohort's mentors are
-- invited back (cascade) and whether recruitment recurs a year after the last one opened.
ALTER TABLE fs_programme ADD COLUMN rollout_rationale VARCHAR(1000);
ALTER TABLE fs_programme ADD COLUMN rollout_decided_at TIMESTAMP;
ALTER TABLE fs_programme ADD COLUMN rollout_cascade BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE fs_programme ADD COLUMN rollout_yearly BOOLEAN DEFAULT FALSE NOT NULL;

-- A participant of an evaluated cohort who accepted to be an ambassador for the next one.
CREATE TABLE fs_ambassador (
    id             VARCHAR(36)  NOT NULL,
    from_cohort_id VARCHAR(36)  NOT NULL,
    employee_id    VARCHAR(255) NOT NULL,
    accepted_at    TIMESTAMP    NOT NULL,
    CONSTRAINT pk_fs_ambassador PRIMARY KEY (id),
    CONSTRAINT fk_fs_ambassador_cohort FOREIGN KEY (from_cohort_id) REFERENCES fs_cohort (id),
    CONSTRAINT uq_fs_ambassador UNIQUE (from_cohort_id, employee_id)
);
CREATE INDEX ix_fs_ambassador_cohort ON fs_ambassador (from_cohort_id);
