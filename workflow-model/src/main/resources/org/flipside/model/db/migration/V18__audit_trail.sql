-- Who read or exported what, and when: never the content. Rows are only ever added, except by retention.
CREATE TABLE fs_audit_entry (
    id           VARCHAR(36)  NOT NULL,
    occurred_at  TIMESTAMP    NOT NULL,
    actor_id     VARCHAR(255) NOT NULL,
    action       VARCHAR(40)  NOT NULL,
    subject_id   VARCHAR(255) NOT NULL,
    programme_id VARCHAR(36),
    CONSTRAINT pk_fs_audit_entry PRIMARY KEY (id)
);
CREATE INDEX ix_fs_audit_entry_occurred ON fs_audit_entry (occurred_at);
CREATE INDEX ix_fs_audit_entry_programme ON fs_audit_entry (programme_id);
