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
