-- Matching at the top and in cascades: the line-chain rule may stop after some levels (0 covers the whole chain)
-- and may let the top of the organisation be matched; the HR admin may allow one pair a rule forbids, recording
-- who allowed it and why (the reason is free text, so it lives here and never in the engine).
ALTER TABLE fs_programme ADD COLUMN match_line_chain_levels INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE fs_programme ADD COLUMN match_top_matchable BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE fs_match_allowance (
    id                 VARCHAR(36)   NOT NULL,
    cohort_id          VARCHAR(36)   NOT NULL,
    mentor_employee_id VARCHAR(255)  NOT NULL,
    mentee_employee_id VARCHAR(255)  NOT NULL,
    allowed_by         VARCHAR(255)  NOT NULL,
    reason             VARCHAR(2000) NOT NULL,
    allowed_at         TIMESTAMP     NOT NULL,
    CONSTRAINT pk_fs_match_allowance PRIMARY KEY (id),
    CONSTRAINT fk_fs_match_allowance_cohort FOREIGN KEY (cohort_id) REFERENCES fs_cohort (id),
    CONSTRAINT uq_fs_match_allowance UNIQUE (cohort_id, mentor_employee_id, mentee_employee_id)
);
CREATE INDEX ix_fs_match_allowance_cohort ON fs_match_allowance (cohort_id);
