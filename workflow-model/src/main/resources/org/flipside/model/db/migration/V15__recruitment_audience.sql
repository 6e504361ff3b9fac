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
