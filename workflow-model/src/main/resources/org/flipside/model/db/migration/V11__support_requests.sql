-- A partner's request for support with their pairing, kept by Flipside so that the engine holds only its id.
-- The note is for the programme manager alone and is erased once they have decided; who asked, when, and the
-- decision stay.
CREATE TABLE fs_support_request (
    id            VARCHAR(36)  NOT NULL,
    pairing_id    VARCHAR(36)  NOT NULL,
    requested_by  VARCHAR(255) NOT NULL,
    requested_at  TIMESTAMP    NOT NULL,
    note          VARCHAR(500),
    decided_at    TIMESTAMP,
    decision      VARCHAR(20),
    CONSTRAINT pk_fs_support_request PRIMARY KEY (id),
    CONSTRAINT fk_fs_support_request_pairing FOREIGN KEY (pairing_id) REFERENCES fs_pairing (id)
);
CREATE INDEX ix_fs_support_request_pairing ON fs_support_request (pairing_id);
