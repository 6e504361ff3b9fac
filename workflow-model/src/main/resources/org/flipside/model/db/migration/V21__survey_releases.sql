-- A cohort's survey figures are released once, when the survey has closed for everyone, and only ever again with
-- at least the anonymity threshold of new answers: figures recomputed with one or two more answers would give
-- those answers away by subtraction. A response belongs to the release that first counted it.
CREATE TABLE fs_survey_release (
    id          VARCHAR(36) NOT NULL,
    cohort_id   VARCHAR(36) NOT NULL,
    kind        VARCHAR(10) NOT NULL,
    released_on TIMESTAMP   NOT NULL,
    responses   INTEGER     NOT NULL,
    CONSTRAINT pk_fs_survey_release PRIMARY KEY (id),
    CONSTRAINT fk_fs_survey_release_cohort FOREIGN KEY (cohort_id) REFERENCES fs_cohort (id),
    CONSTRAINT ck_fs_survey_release_responses CHECK (responses > 0)
);
CREATE INDEX ix_fs_survey_release_cohort ON fs_survey_release (cohort_id, kind);

ALTER TABLE fs_survey_response ADD COLUMN release_id VARCHAR(36);
ALTER TABLE fs_survey_response ADD CONSTRAINT fk_fs_survey_response_release
    FOREIGN KEY (release_id) REFERENCES fs_survey_release (id);
CREATE INDEX ix_fs_survey_response_release ON fs_survey_response (release_id);
