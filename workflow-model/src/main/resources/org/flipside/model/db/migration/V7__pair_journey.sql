-- The pair's journey. Existing programmes and agreements keep what they had.

-- Each programme's learning agreement template, which every pair's first draft starts from.
-- Who arranges the meetings defaults to the mentee, the senior colleague: the logistics of meeting a
-- leader should not fall to the junior partner. Online is the usual safer first step.
ALTER TABLE fs_programme ADD COLUMN agreement_arranger VARCHAR(10) DEFAULT 'MENTEE' NOT NULL;
ALTER TABLE fs_programme ADD COLUMN agreement_meeting_format VARCHAR(20) DEFAULT 'ONLINE';
ALTER TABLE fs_programme ADD COLUMN agreement_protected_time BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE fs_programme ADD COLUMN agreement_boundaries VARCHAR(4000);

-- When each partner confirmed a version of their agreement; a version holds only once both have.
ALTER TABLE fs_learning_agreement ADD COLUMN mentor_confirmed_at TIMESTAMP;
ALTER TABLE fs_learning_agreement ADD COLUMN mentee_confirmed_at TIMESTAMP;

-- The midpoint pulse survey, kept in the anonymous survey responses.
ALTER TABLE fs_survey_response ADD COLUMN pairing_working INTEGER;
ALTER TABLE fs_survey_response ADD COLUMN speak_openly INTEGER;
ALTER TABLE fs_survey_response ADD CONSTRAINT ck_fs_survey_pairing_working CHECK (pairing_working BETWEEN 1 AND 5);
ALTER TABLE fs_survey_response ADD CONSTRAINT ck_fs_survey_speak_openly CHECK (speak_openly BETWEEN 1 AND 5);

-- A partner's private reflection, readable only by its author: AES-GCM ciphertext (base64) under a key
-- the host keeps outside this database; key_id names that key so a rotated one is told apart.
CREATE TABLE fs_private_reflection (
    id          VARCHAR(36)  NOT NULL,
    pairing_id  VARCHAR(36)  NOT NULL,
    author_id   VARCHAR(255) NOT NULL,
    written_at  TIMESTAMP    NOT NULL,
    key_id      VARCHAR(64)  NOT NULL,
    nonce       VARCHAR(32)  NOT NULL,
    ciphertext  TEXT         NOT NULL,
    CONSTRAINT pk_fs_private_reflection PRIMARY KEY (id),
    CONSTRAINT fk_fs_private_reflection_pairing FOREIGN KEY (pairing_id) REFERENCES fs_pairing (id)
);
CREATE INDEX ix_fs_private_reflection_pairing ON fs_private_reflection (pairing_id);
CREATE INDEX ix_fs_private_reflection_author ON fs_private_reflection (author_id);
