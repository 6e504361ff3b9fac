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
