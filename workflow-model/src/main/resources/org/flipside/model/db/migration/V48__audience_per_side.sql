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
