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
