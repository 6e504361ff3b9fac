-- A partner's request for coaching, kept by Flipside so that the engine holds only its id. The note is for the
-- programme's coaches alone and is erased once one has answered; who asked, when, who answered and how stay.
CREATE TABLE fs_coaching_request (
    id            VARCHAR(36)  NOT NULL,
    pairing_id    VARCHAR(36)  NOT NULL,
    requested_by  VARCHAR(255) NOT NULL,
    requested_at  TIMESTAMP    NOT NULL,
    note          VARCHAR(500),
    answered_by   VARCHAR(255),
    answered_at   TIMESTAMP,
    outcome       VARCHAR(20),
    session_at    TIMESTAMP,
    CONSTRAINT pk_fs_coaching_request PRIMARY KEY (id),
    CONSTRAINT fk_fs_coaching_request_pairing FOREIGN KEY (pairing_id) REFERENCES fs_pairing (id)
);
CREATE INDEX ix_fs_coaching_request_pairing ON fs_coaching_request (pairing_id);
