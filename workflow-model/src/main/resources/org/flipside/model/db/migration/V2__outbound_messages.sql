-- Messages for employees, kept until the host's notifier has accepted them.
CREATE TABLE fs_outbound_message (
    id              VARCHAR(36)   NOT NULL,
    recipient_id    VARCHAR(255)  NOT NULL,
    topic           VARCHAR(100)  NOT NULL,
    subject         VARCHAR(1000) NOT NULL,
    body            VARCHAR(4000) NOT NULL,
    created_at      TIMESTAMP     NOT NULL,
    attempts        INTEGER       NOT NULL,
    next_attempt_at TIMESTAMP     NOT NULL,
    delivered_at    TIMESTAMP,
    last_error      VARCHAR(1000),
    CONSTRAINT pk_fs_outbound_message PRIMARY KEY (id)
);
CREATE INDEX ix_fs_outbound_message_due ON fs_outbound_message (delivered_at, next_attempt_at);
