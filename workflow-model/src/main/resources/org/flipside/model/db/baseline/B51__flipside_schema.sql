-- Flipside's schema as migrations V1 to V51 leave it, in one script: Flyway runs it instead of their 36 scripts
-- on an empty schema (a baseline migration), and migrates any other schema step by step. Portable across H2 2.x and
-- PostgreSQL 15, as the migrations are. Never edit it: a change to the schema is a new migration in ../migration,
-- which runs after this script on an empty schema too; SchemaContractTest proves that both ways give one schema.
-- Each table as the migrations left it, at the place they created it; the indexes and the constraints added later
-- in the order they added them.

CREATE TABLE fs_programme (
    id                      VARCHAR(36)   NOT NULL,
    name                    VARCHAR(255)  NOT NULL,
    mode                    VARCHAR(20)   NOT NULL,
    focus_dimensions        VARCHAR(1000),
    mentor_label            VARCHAR(255),
    mentee_label            VARCHAR(255),
    programme_manager_id    VARCHAR(255),
    sponsor_id              VARCHAR(255),
    created_at              TIMESTAMP     NOT NULL,
    stage                   VARCHAR(30)   NOT NULL,
    lifecycle_instance_id   VARCHAR(64),
    goals                   VARCHAR(4000),
    gap_analysis            VARCHAR(4000),
    staff_networks          VARCHAR(255),
    cohort_size             INTEGER,
    application_window_days INTEGER,
    sessions_start          DATE,
    duration_months         INTEGER,
    session_cadence         VARCHAR(20),
    mentor_maximum_band     INTEGER,
    mentee_minimum_band     INTEGER,
    minimum_band_gap        INTEGER,
    anonymity_threshold     INTEGER       DEFAULT 5 NOT NULL,
    sponsor_approved_at     TIMESTAMP,
    rollout_decision        VARCHAR(20),
    closed_at               TIMESTAMP,
    version                 BIGINT        NOT NULL,
    match_separate_line_chains BOOLEAN DEFAULT TRUE NOT NULL,
    match_separate_departments BOOLEAN DEFAULT TRUE NOT NULL,
    match_enforce_band_gap   BOOLEAN DEFAULT TRUE NOT NULL,
    match_exclude_conflicts  BOOLEAN DEFAULT TRUE NOT NULL,
    match_honour_capacity    BOOLEAN DEFAULT TRUE NOT NULL,
    match_mentors_per_mentee INTEGER DEFAULT 1 NOT NULL,
    weight_leads_wanted_area DOUBLE PRECISION,
    weight_shared_topics     DOUBLE PRECISION,
    weight_compatible_format DOUBLE PRECISION,
    weight_shared_availability DOUBLE PRECISION,
    weight_same_location     DOUBLE PRECISION,
    agreement_arranger       VARCHAR(10) DEFAULT 'MENTEE' NOT NULL,
    agreement_meeting_format VARCHAR(20) DEFAULT 'ONLINE',
    agreement_protected_time BOOLEAN DEFAULT TRUE NOT NULL,
    agreement_boundaries     VARCHAR(4000),
    concern_acknowledge_days INTEGER DEFAULT 5 NOT NULL,
    knowledge_sessions       INTEGER DEFAULT 1 NOT NULL,
    pre_reading              VARCHAR(4000),
    rollout_rationale        VARCHAR(1000),
    rollout_decided_at       TIMESTAMP,
    rollout_cascade          BOOLEAN DEFAULT FALSE NOT NULL,
    rollout_yearly           BOOLEAN DEFAULT FALSE NOT NULL,
    sponsor_comments         VARCHAR(4000),
    retention_months         INTEGER DEFAULT 12 NOT NULL,
    personal_data_erased_at  TIMESTAMP,
    match_line_chain_levels  INTEGER DEFAULT 0 NOT NULL,
    match_top_matchable      BOOLEAN DEFAULT FALSE NOT NULL,
    CONSTRAINT pk_fs_programme PRIMARY KEY (id)
);
CREATE INDEX ix_fs_programme_created_at ON fs_programme (created_at);

CREATE TABLE fs_cohort (
    id                   VARCHAR(36) NOT NULL,
    programme_id         VARCHAR(36) NOT NULL,
    number               INTEGER     NOT NULL,
    status               VARCHAR(20) NOT NULL,
    application_deadline TIMESTAMP,
    opened_at            TIMESTAMP   NOT NULL,
    version              BIGINT      NOT NULL,
    applications_review_note VARCHAR(4000),
    matches_review_note      VARCHAR(4000),
    match_fairness           VARCHAR(4000),
    open_invitations         INTEGER DEFAULT 0 NOT NULL,
    CONSTRAINT pk_fs_cohort PRIMARY KEY (id),
    CONSTRAINT uq_fs_cohort_number UNIQUE (programme_id, number)
);
CREATE INDEX ix_fs_cohort_programme ON fs_cohort (programme_id);

CREATE TABLE fs_application (
    id                        VARCHAR(36)   NOT NULL,
    cohort_id                 VARCHAR(36)   NOT NULL,
    employee_id               VARCHAR(255)  NOT NULL,
    role                      VARCHAR(10)   NOT NULL,
    band                      INTEGER       NOT NULL,
    department                VARCHAR(255),
    lived_experience_topics   VARCHAR(1000),
    learning_interests        VARCHAR(1000),
    leads_area                VARCHAR(255),
    preferred_format          VARCHAR(20),
    motivation                VARCHAR(4000),
    consent_to_protected_data BOOLEAN       NOT NULL,
    protected_characteristic  VARCHAR(255),
    status                    VARCHAR(20)   NOT NULL,
    status_reason             VARCHAR(1000),
    submitted_at              TIMESTAMP     NOT NULL,
    location                 VARCHAR(255),
    availability             VARCHAR(255),
    declared_conflicts       VARCHAR(1000),
    mentor_capacity          INTEGER DEFAULT 1 NOT NULL,
    consent_withdrawn_at     TIMESTAMP,
    waitlisted_from          VARCHAR(36),
    CONSTRAINT pk_fs_application PRIMARY KEY (id),
    CONSTRAINT uq_fs_application_employee UNIQUE (cohort_id, employee_id),
    -- consent is the only lawful basis for holding special-category data here
    CONSTRAINT ck_fs_application_consent
        CHECK (protected_characteristic IS NULL OR consent_to_protected_data = TRUE)
);
CREATE INDEX ix_fs_application_cohort ON fs_application (cohort_id);

CREATE TABLE fs_participant (
    id             VARCHAR(36)  NOT NULL,
    cohort_id      VARCHAR(36)  NOT NULL,
    application_id VARCHAR(36),
    employee_id    VARCHAR(255) NOT NULL,
    role           VARCHAR(10)  NOT NULL,
    band           INTEGER      NOT NULL,
    department     VARCHAR(255),
    status         VARCHAR(20)  NOT NULL,
    joined_at      TIMESTAMP    NOT NULL,
    unmatched_reason         VARCHAR(1000),
    CONSTRAINT pk_fs_participant PRIMARY KEY (id),
    CONSTRAINT uq_fs_participant_application UNIQUE (application_id),
    CONSTRAINT uq_fs_participant_employee UNIQUE (cohort_id, employee_id)
);
CREATE INDEX ix_fs_participant_cohort ON fs_participant (cohort_id);
CREATE INDEX ix_fs_participant_application ON fs_participant (application_id);

CREATE TABLE fs_pairing (
    id           VARCHAR(36)      NOT NULL,
    cohort_id    VARCHAR(36)      NOT NULL,
    mentor_id    VARCHAR(36)      NOT NULL,
    mentee_id    VARCHAR(36)      NOT NULL,
    status       VARCHAR(20)      NOT NULL,
    score        DOUBLE PRECISION NOT NULL,
    rationale    VARCHAR(1000),
    proposed_at  TIMESTAMP        NOT NULL,
    published_at TIMESTAMP,
    ended_at     TIMESTAMP,
    end_reason   VARCHAR(1000),
    version      BIGINT           NOT NULL,
    CONSTRAINT pk_fs_pairing PRIMARY KEY (id),
    CONSTRAINT fk_fs_pairing_cohort FOREIGN KEY (cohort_id) REFERENCES fs_cohort (id),
    CONSTRAINT fk_fs_pairing_mentor FOREIGN KEY (mentor_id) REFERENCES fs_participant (id),
    CONSTRAINT fk_fs_pairing_mentee FOREIGN KEY (mentee_id) REFERENCES fs_participant (id)
);
CREATE INDEX ix_fs_pairing_cohort ON fs_pairing (cohort_id);
CREATE INDEX ix_fs_pairing_mentor ON fs_pairing (mentor_id);
CREATE INDEX ix_fs_pairing_mentee ON fs_pairing (mentee_id);

CREATE TABLE fs_learning_agreement (
    id                     VARCHAR(36)   NOT NULL,
    pairing_id             VARCHAR(36)   NOT NULL,
    agreement_version      INTEGER       NOT NULL,
    confidentiality_agreed BOOLEAN       NOT NULL,
    boundaries             VARCHAR(4000),
    meeting_format         VARCHAR(20),
    frequency              VARCHAR(20),
    arranger               VARCHAR(10),
    protected_time         BOOLEAN       NOT NULL,
    drafted_by             VARCHAR(255)  NOT NULL,
    drafted_at             TIMESTAMP     NOT NULL,
    confirmed_at           TIMESTAMP,
    status                 VARCHAR(20)   NOT NULL,
    mentor_confirmed_at      TIMESTAMP,
    mentee_confirmed_at      TIMESTAMP,
    requested_changes        VARCHAR(4000),
    CONSTRAINT pk_fs_learning_agreement PRIMARY KEY (id),
    CONSTRAINT uq_fs_learning_agreement_version UNIQUE (pairing_id, agreement_version)
);
CREATE INDEX ix_fs_learning_agreement_pairing ON fs_learning_agreement (pairing_id);

-- No column for what was said in a session, ever: sessions are confidential.
CREATE TABLE fs_session_record (
    id               VARCHAR(36)  NOT NULL,
    pairing_id       VARCHAR(36)  NOT NULL,
    period_number    INTEGER      NOT NULL,
    status           VARCHAR(10)  NOT NULL,
    held_on          DATE,
    duration_minutes INTEGER,
    format           VARCHAR(20),
    logged_by        VARCHAR(255),
    logged_at        TIMESTAMP    NOT NULL,
    CONSTRAINT pk_fs_session_record PRIMARY KEY (id),
    CONSTRAINT fk_fs_session_record_pairing FOREIGN KEY (pairing_id) REFERENCES fs_pairing (id),
    CONSTRAINT uq_fs_session_record_period UNIQUE (pairing_id, period_number)
);
CREATE INDEX ix_fs_session_record_pairing ON fs_session_record (pairing_id);

CREATE TABLE fs_workshop (
    id               VARCHAR(36)  NOT NULL,
    cohort_id        VARCHAR(36)  NOT NULL,
    kind             VARCHAR(30)  NOT NULL,
    title            VARCHAR(255) NOT NULL,
    scheduled_at     TIMESTAMP    NOT NULL,
    duration_minutes INTEGER      NOT NULL,
    place                    VARCHAR(1000) DEFAULT 'Online' NOT NULL,
    agenda                   VARCHAR(4000) DEFAULT '' NOT NULL,
    audience                 VARCHAR(20) DEFAULT 'EVERYONE' NOT NULL,
    invite_sequence          INTEGER DEFAULT 0 NOT NULL,
    cancelled_at             TIMESTAMP,
    CONSTRAINT pk_fs_workshop PRIMARY KEY (id)
);
CREATE INDEX ix_fs_workshop_cohort ON fs_workshop (cohort_id);

CREATE TABLE fs_workshop_attendance (
    id             VARCHAR(36) NOT NULL,
    workshop_id    VARCHAR(36) NOT NULL,
    participant_id VARCHAR(36) NOT NULL,
    attended       BOOLEAN     NOT NULL,
    recorded_at    TIMESTAMP   NOT NULL,
    CONSTRAINT pk_fs_workshop_attendance PRIMARY KEY (id),
    CONSTRAINT fk_fs_workshop_attendance_workshop FOREIGN KEY (workshop_id) REFERENCES fs_workshop (id),
    CONSTRAINT fk_fs_workshop_attendance_participant FOREIGN KEY (participant_id) REFERENCES fs_participant (id),
    CONSTRAINT uq_fs_workshop_attendance UNIQUE (workshop_id, participant_id)
);
CREATE INDEX ix_fs_workshop_attendance_workshop ON fs_workshop_attendance (workshop_id);
CREATE INDEX ix_fs_workshop_attendance_participant ON fs_workshop_attendance (participant_id);

-- respondent_token is opaque on purpose: answers must not be linkable to a named employee.
CREATE TABLE fs_survey_response (
    id                   VARCHAR(36)   NOT NULL,
    cohort_id            VARCHAR(36)   NOT NULL,
    respondent_role      VARCHAR(10)   NOT NULL,
    kind                 VARCHAR(10)   NOT NULL,
    respondent_token     VARCHAR(255)  NOT NULL,
    confidence_talking   INTEGER,
    understanding_issues INTEGER,
    confidence_asking    INTEGER,
    confidence_sharing   INTEGER,
    comments             VARCHAR(4000),
    pairing_working          INTEGER,
    speak_openly             INTEGER,
    release_id               VARCHAR(36),
    CONSTRAINT pk_fs_survey_response PRIMARY KEY (id),
    CONSTRAINT ck_fs_survey_confidence_talking CHECK (confidence_talking BETWEEN 1 AND 5),
    CONSTRAINT ck_fs_survey_understanding_issues CHECK (understanding_issues BETWEEN 1 AND 5),
    CONSTRAINT ck_fs_survey_confidence_asking CHECK (confidence_asking BETWEEN 1 AND 5),
    CONSTRAINT ck_fs_survey_confidence_sharing CHECK (confidence_sharing BETWEEN 1 AND 5)
);
CREATE INDEX ix_fs_survey_response_cohort ON fs_survey_response (cohort_id);

CREATE TABLE fs_concern (
    id              VARCHAR(36)   NOT NULL,
    programme_id    VARCHAR(36)   NOT NULL,
    raised_by       VARCHAR(255)  NOT NULL,
    summary         VARCHAR(4000) NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    raised_at       TIMESTAMP     NOT NULL,
    acknowledged_at TIMESTAMP,
    resolved_at     TIMESTAMP,
    outcome         VARCHAR(4000),
    acknowledge_by           TIMESTAMP,
    escalated_at             TIMESTAMP,
    acknowledgement_note     VARCHAR(4000),
    CONSTRAINT pk_fs_concern PRIMARY KEY (id)
);
CREATE INDEX ix_fs_concern_programme ON fs_concern (programme_id);

CREATE TABLE fs_evaluation_report (
    id                           VARCHAR(36)      NOT NULL,
    cohort_id                    VARCHAR(36)      NOT NULL,
    created_at                   TIMESTAMP        NOT NULL,
    applications                 BIGINT           NOT NULL,
    pairs                        BIGINT           NOT NULL,
    pairs_completed              BIGINT           NOT NULL,
    pairs_ended_early            BIGINT           NOT NULL,
    sessions_held                BIGINT           NOT NULL,
    sessions_missed              BIGINT           NOT NULL,
    survey_responses             BIGINT           NOT NULL,
    headline                     VARCHAR(1000),
    report_html              TEXT,
    report_pdf               BYTEA,
    CONSTRAINT pk_fs_evaluation_report PRIMARY KEY (id)
);
CREATE INDEX ix_fs_evaluation_report_cohort ON fs_evaluation_report (cohort_id);

-- Messages for employees, kept until the host's notifier has accepted them.
CREATE TABLE fs_outbound_message (
    id              VARCHAR(36)   NOT NULL,
    recipient_id    VARCHAR(255)  NOT NULL,
    topic           VARCHAR(100)  NOT NULL,
    subject         VARCHAR(1000),
    body            VARCHAR(4000),
    created_at      TIMESTAMP     NOT NULL,
    attempts        INTEGER       NOT NULL,
    next_attempt_at TIMESTAMP     NOT NULL,
    delivered_at    TIMESTAMP,
    last_error      VARCHAR(1000),
    channel                  VARCHAR(20) DEFAULT 'NOTIFICATION' NOT NULL,
    event_uid                VARCHAR(255),
    starts_at                TIMESTAMP,
    ends_at                  TIMESTAMP,
    location                 VARCHAR(1000),
    icalendar                TEXT,
    recognised_programme_id  VARCHAR(36),
    recognised_programme_name VARCHAR(255),
    recognised_role          VARCHAR(255),
    recognised_from          DATE,
    recognised_to            DATE,
    recognised_sessions      INTEGER,
    calendar_method          VARCHAR(10),
    calendar_sequence        INTEGER,
    parameters               TEXT,
    CONSTRAINT pk_fs_outbound_message PRIMARY KEY (id)
);
CREATE INDEX ix_fs_outbound_message_due ON fs_outbound_message (delivered_at, next_attempt_at);

-- Each soft rule that added to a proposed pair's score.
CREATE TABLE fs_pairing_reason (
    pairing_id VARCHAR(36)      NOT NULL,
    position   INTEGER          NOT NULL,
    rule_name  VARCHAR(50)      NOT NULL,
    points     DOUBLE PRECISION NOT NULL,
    detail     VARCHAR(1000),
    CONSTRAINT pk_fs_pairing_reason PRIMARY KEY (pairing_id, position),
    CONSTRAINT fk_fs_pairing_reason_pairing FOREIGN KEY (pairing_id) REFERENCES fs_pairing (id)
);

-- Evaluation: the programme's survey template, answers to added questions, the salt behind respondent
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

-- The cohort's salt for respondent pseudonyms: the pseudonym secret is derived from it and the host's key, which is
-- never in the database. Nothing refers to this table; the salt is blanked when the cohort's surveys close, after
-- which no pseudonym can be recomputed.
CREATE TABLE fs_survey_key (
    id           VARCHAR(36) NOT NULL,
    cohort_id    VARCHAR(36) NOT NULL,
    salt         VARCHAR(64),
    created_at   TIMESTAMP   NOT NULL,
    destroyed_at TIMESTAMP,
    CONSTRAINT pk_fs_survey_key PRIMARY KEY (id),
    CONSTRAINT fk_fs_survey_key_cohort FOREIGN KEY (cohort_id) REFERENCES fs_cohort (id),
    CONSTRAINT uq_fs_survey_key_cohort UNIQUE (cohort_id),
    CONSTRAINT ck_fs_survey_key_destroyed CHECK ((salt IS NULL) = (destroyed_at IS NOT NULL))
);
ALTER TABLE fs_survey_response ADD CONSTRAINT uq_fs_survey_response_respondent
    UNIQUE (cohort_id, kind, respondent_token);

CREATE TABLE fs_feedback_theme (
    id             VARCHAR(36)   NOT NULL,
    cohort_id      VARCHAR(36)   NOT NULL,
    title          VARCHAR(200)  NOT NULL,
    summary        VARCHAR(2000),
    goal           VARCHAR(1000),
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

-- Organisational outcomes: aggregate figures (representation by band, equal-opportunities perception, staff
-- network size) recorded at scoping and again at evaluation. Aggregates only: no row describes a person.
CREATE TABLE fs_outcome_snapshot (
    id           VARCHAR(36)  NOT NULL,
    programme_id VARCHAR(36)  NOT NULL,
    stage        VARCHAR(20)  NOT NULL,
    period       VARCHAR(100) NOT NULL,
    source       VARCHAR(10)  NOT NULL,
    recorded_at  TIMESTAMP    NOT NULL,
    taken_on                 DATE,
    CONSTRAINT pk_fs_outcome_snapshot PRIMARY KEY (id)
);
CREATE INDEX ix_fs_outcome_snapshot_programme ON fs_outcome_snapshot (programme_id, stage, recorded_at);

CREATE TABLE fs_outcome_figure (
    id           VARCHAR(36)      NOT NULL,
    snapshot_id  VARCHAR(36)      NOT NULL,
    measure      VARCHAR(30)      NOT NULL,
    group_name   VARCHAR(200),
    band         VARCHAR(200),
    figure_value DOUBLE PRECISION NOT NULL,
    people       INTEGER,
    position     INTEGER          NOT NULL,
    custom_measure_id        VARCHAR(36),
    CONSTRAINT pk_fs_outcome_figure PRIMARY KEY (id),
    CONSTRAINT ck_fs_outcome_figure_people CHECK (people IS NULL OR people >= 0)
);
CREATE INDEX ix_fs_outcome_figure_snapshot ON fs_outcome_figure (snapshot_id);
ALTER TABLE fs_survey_response ADD CONSTRAINT ck_fs_survey_pairing_working CHECK (pairing_working BETWEEN 1 AND 5);
ALTER TABLE fs_survey_response ADD CONSTRAINT ck_fs_survey_speak_openly CHECK (speak_openly BETWEEN 1 AND 5);

-- A partner's private reflection, readable only by its author: AES-GCM ciphertext (base64) under a key
-- the host keeps outside this database; key_id names that key so a rotated one is told apart.
CREATE TABLE fs_private_reflection (
    id          VARCHAR(36)  NOT NULL,
    pairing_id  VARCHAR(36)  NOT NULL,
    author_id   VARCHAR(255) NOT NULL,
    written_at  TIMESTAMP    NOT NULL,
    key_id      VARCHAR(64)  NOT NULL,
    nonce       VARCHAR(32)  NOT NULL,
    ciphertext  TEXT         NOT NULL,
    CONSTRAINT pk_fs_private_reflection PRIMARY KEY (id),
    CONSTRAINT fk_fs_private_reflection_pairing FOREIGN KEY (pairing_id) REFERENCES fs_pairing (id)
);
CREATE INDEX ix_fs_private_reflection_pairing ON fs_private_reflection (pairing_id);
CREATE INDEX ix_fs_private_reflection_author ON fs_private_reflection (author_id);
CREATE INDEX ix_fs_concern_raised_by ON fs_concern (raised_by);

-- A partner's request for support with their pairing, kept by Flipside so that the engine holds only its id.
-- The note is for the programme manager alone and is erased once they have decided; who asked, when, and the
-- decision stay.
CREATE TABLE fs_support_request (
    id            VARCHAR(36)  NOT NULL,
    pairing_id    VARCHAR(36)  NOT NULL,
    requested_by  VARCHAR(255) NOT NULL,
    requested_at  TIMESTAMP    NOT NULL,
    note          VARCHAR(500),
    decided_at    TIMESTAMP,
    decision      VARCHAR(20),
    CONSTRAINT pk_fs_support_request PRIMARY KEY (id),
    CONSTRAINT fk_fs_support_request_pairing FOREIGN KEY (pairing_id) REFERENCES fs_pairing (id)
);
CREATE INDEX ix_fs_support_request_pairing ON fs_support_request (pairing_id);

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

-- Who deployed each version of Flipside's processes, and from where: the engine keeps the deployment's time but not
-- who asked for it (its operation log is history, which history cleanup removes).
CREATE TABLE fs_process_deployment (
  deployment_id VARCHAR(64) PRIMARY KEY,
  name VARCHAR(255) NOT NULL,
  origin VARCHAR(20) NOT NULL,
  deployed_by VARCHAR(64),
  deployed_at TIMESTAMP NOT NULL
);

-- Who a programme recruits from besides its bands: departments, the host's groups and a named list of employees.
-- An empty list sets no limit; the eligibility decision reads all three.
CREATE TABLE fs_programme_recruit_department (
    programme_id VARCHAR(36)  NOT NULL,
    position     INTEGER      NOT NULL,
    department   VARCHAR(255) NOT NULL,
    CONSTRAINT pk_fs_programme_recruit_department PRIMARY KEY (programme_id, position),
    CONSTRAINT fk_fs_programme_recruit_department FOREIGN KEY (programme_id) REFERENCES fs_programme (id)
);

CREATE TABLE fs_programme_recruit_group (
    programme_id VARCHAR(36)  NOT NULL,
    position     INTEGER      NOT NULL,
    host_group   VARCHAR(255) NOT NULL,
    CONSTRAINT pk_fs_programme_recruit_group PRIMARY KEY (programme_id, position),
    CONSTRAINT fk_fs_programme_recruit_group FOREIGN KEY (programme_id) REFERENCES fs_programme (id)
);

CREATE TABLE fs_programme_recruit_employee (
    programme_id VARCHAR(36)  NOT NULL,
    position     INTEGER      NOT NULL,
    employee_id  VARCHAR(255) NOT NULL,
    CONSTRAINT pk_fs_programme_recruit_employee PRIMARY KEY (programme_id, position),
    CONSTRAINT fk_fs_programme_recruit_employee FOREIGN KEY (programme_id) REFERENCES fs_programme (id)
);

-- Who read or exported what, and when: never the content. Rows are only ever added, except by retention.
CREATE TABLE fs_audit_entry (
    id           VARCHAR(36)  NOT NULL,
    occurred_at  TIMESTAMP    NOT NULL,
    actor_id     VARCHAR(255) NOT NULL,
    action       VARCHAR(40)  NOT NULL,
    subject_id   VARCHAR(255) NOT NULL,
    programme_id VARCHAR(36),
    CONSTRAINT pk_fs_audit_entry PRIMARY KEY (id)
);
CREATE INDEX ix_fs_audit_entry_occurred ON fs_audit_entry (occurred_at);
CREATE INDEX ix_fs_audit_entry_programme ON fs_audit_entry (programme_id);

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
CREATE INDEX ix_fs_survey_response_release ON fs_survey_response (release_id);

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

-- The gap analysis's goals, each with its horizon (short, medium or long term) and an optional target. Written at
-- scoping, so they are personal text of the organisation's own and live here, never in the engine.
CREATE TABLE fs_programme_goal (
    programme_id VARCHAR(36)   NOT NULL,
    position     INTEGER       NOT NULL,
    horizon      VARCHAR(20)   NOT NULL,
    goal         VARCHAR(1000) NOT NULL,
    target       VARCHAR(1000),
    CONSTRAINT pk_fs_programme_goal PRIMARY KEY (programme_id, position),
    CONSTRAINT fk_fs_programme_goal_programme FOREIGN KEY (programme_id) REFERENCES fs_programme (id)
);

-- Delivery roles: the people who run a programme beside its manager and sponsor (liaison, coaches, trainers, a
-- communications contact, steering group members, staff-network representatives, an external training provider,
-- speakers), each appointed by an HR admin. People outside the host's directory take part as guests: Flipside issues
-- their id and keeps their name and email here, never in the engine.
CREATE TABLE fs_guest (
    id            VARCHAR(64)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    email         VARCHAR(320) NOT NULL,
    organisation  VARCHAR(200),
    registered_by VARCHAR(255) NOT NULL,
    registered_at TIMESTAMP    NOT NULL,
    CONSTRAINT pk_fs_guest PRIMARY KEY (id),
    CONSTRAINT uq_fs_guest_email UNIQUE (email)
);

CREATE TABLE fs_appointment (
    id           VARCHAR(36)  NOT NULL,
    programme_id VARCHAR(36)  NOT NULL,
    role         VARCHAR(40)  NOT NULL,
    person_id    VARCHAR(255) NOT NULL,
    guest        BOOLEAN      DEFAULT FALSE NOT NULL,
    appointed_by VARCHAR(255) NOT NULL,
    appointed_at TIMESTAMP    NOT NULL,
    CONSTRAINT pk_fs_appointment PRIMARY KEY (id),
    CONSTRAINT fk_fs_appointment_programme FOREIGN KEY (programme_id) REFERENCES fs_programme (id),
    CONSTRAINT uq_fs_appointment UNIQUE (programme_id, role, person_id)
);
CREATE INDEX ix_fs_appointment_programme ON fs_appointment (programme_id);
CREATE INDEX ix_fs_appointment_person ON fs_appointment (person_id);

-- A staff-network representative's review of a programme's scope at scoping, before the sponsor signs it off:
-- whether they endorse it as it stands and what they would change. Free text, so it lives here and never in the engine.
CREATE TABLE fs_co_design_review (
    id           VARCHAR(36)   NOT NULL,
    programme_id VARCHAR(36)   NOT NULL,
    reviewer_id  VARCHAR(255)  NOT NULL,
    endorsed     BOOLEAN       NOT NULL,
    suggestions  VARCHAR(4000),
    reviewed_at  TIMESTAMP     NOT NULL,
    CONSTRAINT pk_fs_co_design_review PRIMARY KEY (id),
    CONSTRAINT fk_fs_co_design_review_programme FOREIGN KEY (programme_id) REFERENCES fs_programme (id)
);
CREATE INDEX ix_fs_co_design_review_programme ON fs_co_design_review (programme_id);

CREATE TABLE fs_workshop_facilitator (
    workshop_id VARCHAR(36)  NOT NULL,
    position    INTEGER      NOT NULL,
    employee_id VARCHAR(255) NOT NULL,
    CONSTRAINT pk_fs_workshop_facilitator PRIMARY KEY (workshop_id, position),
    CONSTRAINT fk_fs_workshop_facilitator_workshop FOREIGN KEY (workshop_id) REFERENCES fs_workshop (id)
);
CREATE INDEX ix_fs_workshop_facilitator_workshop ON fs_workshop_facilitator (workshop_id);

CREATE TABLE fs_workshop_speaker (
    workshop_id VARCHAR(36)  NOT NULL,
    position    INTEGER      NOT NULL,
    name        VARCHAR(255) NOT NULL,
    email       VARCHAR(320) NOT NULL,
    CONSTRAINT pk_fs_workshop_speaker PRIMARY KEY (workshop_id, position),
    CONSTRAINT fk_fs_workshop_speaker_workshop FOREIGN KEY (workshop_id) REFERENCES fs_workshop (id)
);
CREATE INDEX ix_fs_workshop_speaker_workshop ON fs_workshop_speaker (workshop_id);

-- an event for a named audience keeps whom it invited
CREATE TABLE fs_workshop_invitee (
    workshop_id    VARCHAR(36) NOT NULL,
    participant_id VARCHAR(36) NOT NULL,
    CONSTRAINT pk_fs_workshop_invitee PRIMARY KEY (workshop_id, participant_id),
    CONSTRAINT fk_fs_workshop_invitee_workshop FOREIGN KEY (workshop_id) REFERENCES fs_workshop (id),
    CONSTRAINT fk_fs_workshop_invitee_participant FOREIGN KEY (participant_id) REFERENCES fs_participant (id)
);
CREATE INDEX ix_fs_workshop_invitee_workshop ON fs_workshop_invitee (workshop_id);
CREATE INDEX ix_fs_workshop_invitee_participant ON fs_workshop_invitee (participant_id);

-- Outcomes over years: a programme defines its own organisational measures besides the three built in (leaders
-- featured in staff communications, attendance at diversity events, ...), and records figures at any number of
-- points: the baseline, each evaluation, follow-ups after the report. Aggregates only: no row describes a person.
CREATE TABLE fs_outcome_measure (
    id           VARCHAR(36)  NOT NULL,
    programme_id VARCHAR(36)  NOT NULL,
    code         VARCHAR(30)  NOT NULL,
    label        VARCHAR(200) NOT NULL,
    unit         VARCHAR(20)  NOT NULL,
    description  VARCHAR(1000),
    position     INTEGER      NOT NULL,
    created_at   TIMESTAMP    NOT NULL,
    CONSTRAINT pk_fs_outcome_measure PRIMARY KEY (id),
    CONSTRAINT fk_fs_outcome_measure_programme FOREIGN KEY (programme_id) REFERENCES fs_programme (id),
    CONSTRAINT uq_fs_outcome_measure_code UNIQUE (programme_id, code)
);
ALTER TABLE fs_outcome_figure ADD CONSTRAINT fk_fs_outcome_figure_measure
    FOREIGN KEY (custom_measure_id) REFERENCES fs_outcome_measure (id);
CREATE INDEX ix_fs_outcome_figure_measure ON fs_outcome_figure (custom_measure_id);

-- Leaders' follow-on commitments (a joint blog, addressing all staff, a policy change) with their status, as the
-- report lists them. Recorded by the programme's manager in words that describe a role, never a survey answer.
CREATE TABLE fs_leader_commitment (
    id           VARCHAR(36)   NOT NULL,
    programme_id VARCHAR(36)   NOT NULL,
    description  VARCHAR(500)  NOT NULL,
    made_by      VARCHAR(200),
    status       VARCHAR(20)   NOT NULL,
    due_on       DATE,
    position     INTEGER       NOT NULL,
    recorded_at  TIMESTAMP     NOT NULL,
    updated_at   TIMESTAMP     NOT NULL,
    CONSTRAINT pk_fs_leader_commitment PRIMARY KEY (id),
    CONSTRAINT fk_fs_leader_commitment_programme FOREIGN KEY (programme_id) REFERENCES fs_programme (id)
);
CREATE INDEX ix_fs_leader_commitment_programme ON fs_leader_commitment (programme_id, position);

-- Each side's own audience, within the one both sides share: host groups and a named list for mentors, and the
-- same for mentees. An empty list sets no limit, so existing programmes recruit as before.
CREATE TABLE fs_programme_recruit_mentor_group (
    programme_id VARCHAR(36)  NOT NULL,
    position     INTEGER      NOT NULL,
    host_group   VARCHAR(255) NOT NULL,
    CONSTRAINT pk_fs_programme_recruit_mentor_group PRIMARY KEY (programme_id, position),
    CONSTRAINT fk_fs_programme_recruit_mentor_group FOREIGN KEY (programme_id) REFERENCES fs_programme (id)
);

CREATE TABLE fs_programme_recruit_mentor_employee (
    programme_id VARCHAR(36)  NOT NULL,
    position     INTEGER      NOT NULL,
    employee_id  VARCHAR(255) NOT NULL,
    CONSTRAINT pk_fs_programme_recruit_mentor_employee PRIMARY KEY (programme_id, position),
    CONSTRAINT fk_fs_programme_recruit_mentor_employee FOREIGN KEY (programme_id) REFERENCES fs_programme (id)
);

CREATE TABLE fs_programme_recruit_mentee_group (
    programme_id VARCHAR(36)  NOT NULL,
    position     INTEGER      NOT NULL,
    host_group   VARCHAR(255) NOT NULL,
    CONSTRAINT pk_fs_programme_recruit_mentee_group PRIMARY KEY (programme_id, position),
    CONSTRAINT fk_fs_programme_recruit_mentee_group FOREIGN KEY (programme_id) REFERENCES fs_programme (id)
);

CREATE TABLE fs_programme_recruit_mentee_employee (
    programme_id VARCHAR(36)  NOT NULL,
    position     INTEGER      NOT NULL,
    employee_id  VARCHAR(255) NOT NULL,
    CONSTRAINT pk_fs_programme_recruit_mentee_employee PRIMARY KEY (programme_id, position),
    CONSTRAINT fk_fs_programme_recruit_mentee_employee FOREIGN KEY (programme_id) REFERENCES fs_programme (id)
);

-- A partner's request for coaching, kept by Flipside so that the engine holds only its id. The note is for the
-- programme's coaches alone and is erased once one has answered; who asked, when, who answered and how stay.
CREATE TABLE fs_coaching_request (
    id            VARCHAR(36)  NOT NULL,
    pairing_id    VARCHAR(36)  NOT NULL,
    requested_by  VARCHAR(255) NOT NULL,
    requested_at  TIMESTAMP    NOT NULL,
    note          VARCHAR(500),
    answered_by   VARCHAR(255),
    answered_at   TIMESTAMP,
    outcome       VARCHAR(20),
    session_at    TIMESTAMP,
    session_cancelled_at     TIMESTAMP,
    CONSTRAINT pk_fs_coaching_request PRIMARY KEY (id)
);
CREATE INDEX ix_fs_coaching_request_pairing ON fs_coaching_request (pairing_id);

-- What a communications contact recorded of the campaign that promoted a cohort's recruitment: the channels used
-- (enum names, comma-separated) and, optionally, the day it began. The evaluation report says how recruitment was
-- promoted from here.
CREATE TABLE fs_recruitment_campaign (
    id          VARCHAR(36)  NOT NULL,
    cohort_id   VARCHAR(36)  NOT NULL,
    contact_id  VARCHAR(255) NOT NULL,
    channels    VARCHAR(200) NOT NULL,
    started_on  DATE,
    recorded_at TIMESTAMP    NOT NULL,
    CONSTRAINT pk_fs_recruitment_campaign PRIMARY KEY (id),
    CONSTRAINT fk_fs_recruitment_campaign_cohort FOREIGN KEY (cohort_id) REFERENCES fs_cohort (id)
);
CREATE INDEX ix_fs_recruitment_campaign_cohort ON fs_recruitment_campaign (cohort_id);

-- These keys come last, once the indexes on their columns exist. H2 gives a foreign key an index of its own unless
-- one on its column exists when the key is added, and adds a table's keys again each time it copies the table to add
-- or drop a column: so a migrated schema's key uses the migrations' index if its table gained or lost a column after
-- the key was declared, and here too.
ALTER TABLE fs_cohort ADD CONSTRAINT fk_fs_cohort_programme FOREIGN KEY (programme_id) REFERENCES fs_programme (id);
ALTER TABLE fs_application ADD CONSTRAINT fk_fs_application_cohort FOREIGN KEY (cohort_id) REFERENCES fs_cohort (id);
ALTER TABLE fs_participant ADD CONSTRAINT fk_fs_participant_cohort FOREIGN KEY (cohort_id) REFERENCES fs_cohort (id);
ALTER TABLE fs_participant ADD CONSTRAINT fk_fs_participant_application
    FOREIGN KEY (application_id) REFERENCES fs_application (id);
ALTER TABLE fs_learning_agreement ADD CONSTRAINT fk_fs_learning_agreement_pairing
    FOREIGN KEY (pairing_id) REFERENCES fs_pairing (id);
ALTER TABLE fs_workshop ADD CONSTRAINT fk_fs_workshop_cohort FOREIGN KEY (cohort_id) REFERENCES fs_cohort (id);
ALTER TABLE fs_survey_response ADD CONSTRAINT fk_fs_survey_response_cohort
    FOREIGN KEY (cohort_id) REFERENCES fs_cohort (id);
ALTER TABLE fs_concern ADD CONSTRAINT fk_fs_concern_programme FOREIGN KEY (programme_id) REFERENCES fs_programme (id);
ALTER TABLE fs_evaluation_report ADD CONSTRAINT fk_fs_evaluation_report_cohort
    FOREIGN KEY (cohort_id) REFERENCES fs_cohort (id);
ALTER TABLE fs_outcome_snapshot ADD CONSTRAINT fk_fs_outcome_snapshot_programme
    FOREIGN KEY (programme_id) REFERENCES fs_programme (id);
ALTER TABLE fs_outcome_figure ADD CONSTRAINT fk_fs_outcome_figure_snapshot
    FOREIGN KEY (snapshot_id) REFERENCES fs_outcome_snapshot (id);
ALTER TABLE fs_survey_response ADD CONSTRAINT fk_fs_survey_response_release
    FOREIGN KEY (release_id) REFERENCES fs_survey_release (id);
ALTER TABLE fs_coaching_request ADD CONSTRAINT fk_fs_coaching_request_pairing
    FOREIGN KEY (pairing_id) REFERENCES fs_pairing (id);
