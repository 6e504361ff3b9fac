-- Evaluation: the programme's survey template, answers to added questions, the secret behind respondent
-- pseudonyms, and the themes the programme manager finds in the feedback.

-- Questions a programme manager added after the standard ones (which live in code).
CREATE TABLE fs_survey_question (
    id            VARCHAR(36)  NOT NULL,
    programme_id  VARCHAR(36)  NOT NULL,
    question_key  VARCHAR(40)  NOT NULL,
    question_text VARCHAR(500) NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    position      INTEGER      NOT NULL,
    added_at      TIMESTAMP    NOT NULL,
    CONSTRAINT pk_fs_survey_question PRIMARY KEY (id),
    CONSTRAINT fk_fs_survey_question_programme FOREIGN KEY (programme_id) REFERENCES fs_programme (id),
    CONSTRAINT uq_fs_survey_question_key UNIQUE (programme_id, question_key)
);

-- Answers to added questions; like the response they belong to, they say nothing of who answered.
CREATE TABLE fs_survey_answer (
    id           VARCHAR(36)   NOT NULL,
    response_id  VARCHAR(36)   NOT NULL,
    question_key VARCHAR(40)   NOT NULL,
    score        INTEGER,
    answer_text  VARCHAR(4000),
    CONSTRAINT pk_fs_survey_answer PRIMARY KEY (id),
    CONSTRAINT fk_fs_survey_answer_response FOREIGN KEY (response_id) REFERENCES fs_survey_response (id),
    CONSTRAINT uq_fs_survey_answer_question UNIQUE (response_id, question_key),
    CONSTRAINT ck_fs_survey_answer_score CHECK (score BETWEEN 1 AND 5),
    CONSTRAINT ck_fs_survey_answer_one_kind CHECK ((score IS NULL) <> (answer_text IS NULL))
);

-- The cohort's secret for respondent pseudonyms (HMAC of the employee id). Nothing refers to this table;
-- the secret is blanked when the cohort's surveys close, after which no pseudonym can be recomputed.
CREATE TABLE fs_survey_key (
    id           VARCHAR(36) NOT NULL,
    cohort_id    VARCHAR(36) NOT NULL,
    secret       VARCHAR(64),
    created_at   TIMESTAMP   NOT NULL,
    destroyed_at TIMESTAMP,
    CONSTRAINT pk_fs_survey_key PRIMARY KEY (id),
    CONSTRAINT fk_fs_survey_key_cohort FOREIGN KEY (cohort_id) REFERENCES fs_cohort (id),
    CONSTRAINT uq_fs_survey_key_cohort UNIQUE (cohort_id),
    CONSTRAINT ck_fs_survey_key_destroyed CHECK ((secret IS NULL) = (destroyed_at IS NOT NULL))
);

-- One answer per person and survey: the pseudonym is the same for a person's baseline and final.
ALTER TABLE fs_survey_response ADD CONSTRAINT uq_fs_survey_response_respondent
    UNIQUE (cohort_id, kind, respondent_token);

CREATE TABLE fs_feedback_theme (
    id             VARCHAR(36)   NOT NULL,
    cohort_id      VARCHAR(36)   NOT NULL,
    title          VARCHAR(200)  NOT NULL,
    summary        VARCHAR(2000),
    goal           VARCHAR(1000) NOT NULL,
    priority       VARCHAR(20)   NOT NULL,
    recommendation VARCHAR(2000) NOT NULL,
    mentions       INTEGER       NOT NULL,
    position       INTEGER       NOT NULL,
    created_at     TIMESTAMP     NOT NULL,
    CONSTRAINT pk_fs_feedback_theme PRIMARY KEY (id),
    CONSTRAINT fk_fs_feedback_theme_cohort FOREIGN KEY (cohort_id) REFERENCES fs_cohort (id),
    CONSTRAINT ck_fs_feedback_theme_mentions CHECK (mentions >= 0)
);
CREATE INDEX ix_fs_feedback_theme_cohort ON fs_feedback_theme (cohort_id);
