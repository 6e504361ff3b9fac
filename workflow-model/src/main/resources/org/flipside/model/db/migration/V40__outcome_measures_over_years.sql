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

-- a figure of a programme's own measure names it; the measure column then holds its code
ALTER TABLE fs_outcome_figure ADD COLUMN custom_measure_id VARCHAR(36);
ALTER TABLE fs_outcome_figure ADD CONSTRAINT fk_fs_outcome_figure_measure
    FOREIGN KEY (custom_measure_id) REFERENCES fs_outcome_measure (id);
CREATE INDEX ix_fs_outcome_figure_measure ON fs_outcome_figure (custom_measure_id);
-- a programme's own measure may describe the whole organisation rather than a group
ALTER TABLE fs_outcome_figure ALTER COLUMN group_name DROP NOT NULL;

-- the day the figures describe, which orders the points of a series; older snapshots have none
ALTER TABLE fs_outcome_snapshot ADD COLUMN taken_on DATE;
