-- Planned events: the kick-off workshops and knowledge sessions the process schedules and the events the programme
-- team plans (coaching, feedback sessions, a presentation) are one kind of row. Each has a place or link, an
-- agenda, an audience, facilitators from the directory and external speakers (names and addresses of people
-- outside the directory stay here, never in the engine), and the iCalendar SEQUENCE of its latest invite.
ALTER TABLE fs_workshop ADD COLUMN place VARCHAR(1000) DEFAULT 'Online' NOT NULL;
ALTER TABLE fs_workshop ADD COLUMN agenda VARCHAR(4000) DEFAULT '' NOT NULL;
ALTER TABLE fs_workshop ADD COLUMN audience VARCHAR(20) DEFAULT 'EVERYONE' NOT NULL;
ALTER TABLE fs_workshop ADD COLUMN invite_sequence INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE fs_workshop ADD COLUMN cancelled_at TIMESTAMP;
UPDATE fs_workshop SET audience = 'MENTORS' WHERE kind = 'MENTOR_KICK_OFF';
UPDATE fs_workshop SET audience = 'MENTEES' WHERE kind = 'MENTEE_KICK_OFF';

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

-- an invite in the outbox says whether it requests or cancels, and which revision of the event it carries
ALTER TABLE fs_outbound_message ADD COLUMN calendar_method VARCHAR(10);
ALTER TABLE fs_outbound_message ADD COLUMN calendar_sequence INTEGER;
