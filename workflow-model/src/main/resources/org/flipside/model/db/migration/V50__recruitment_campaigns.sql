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
