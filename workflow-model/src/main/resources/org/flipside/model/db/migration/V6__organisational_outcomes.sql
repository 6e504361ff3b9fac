-- Organisational outcomes: aggregate figures (representation by band, equal-opportunities perception, staff
-- network size) recorded at scoping and again at evaluation. Aggregates only: no row describes a person.
CREATE TABLE fs_outcome_snapshot (
    id           VARCHAR(36)  NOT NULL,
    programme_id VARCHAR(36)  NOT NULL,
    stage        VARCHAR(20)  NOT NULL,
    period       VARCHAR(100) NOT NULL,
    source       VARCHAR(10)  NOT NULL,
    recorded_at  TIMESTAMP    NOT NULL,
    CONSTRAINT pk_fs_outcome_snapshot PRIMARY KEY (id),
    CONSTRAINT fk_fs_outcome_snapshot_programme FOREIGN KEY (programme_id) REFERENCES fs_programme (id)
);
CREATE INDEX ix_fs_outcome_snapshot_programme ON fs_outcome_snapshot (programme_id, stage, recorded_at);

CREATE TABLE fs_outcome_figure (
    id           VARCHAR(36)      NOT NULL,
    snapshot_id  VARCHAR(36)      NOT NULL,
    measure      VARCHAR(30)      NOT NULL,
    group_name   VARCHAR(200)     NOT NULL,
    band         VARCHAR(200),
    figure_value DOUBLE PRECISION NOT NULL,
    people       INTEGER,
    position     INTEGER          NOT NULL,
    CONSTRAINT pk_fs_outcome_figure PRIMARY KEY (id),
    CONSTRAINT fk_fs_outcome_figure_snapshot FOREIGN KEY (snapshot_id) REFERENCES fs_outcome_snapshot (id),
    CONSTRAINT ck_fs_outcome_figure_people CHECK (people IS NULL OR people >= 0)
);
CREATE INDEX ix_fs_outcome_figure_snapshot ON fs_outcome_figure (snapshot_id);
