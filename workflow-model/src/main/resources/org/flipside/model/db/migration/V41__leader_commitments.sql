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
