-- Per programme: how many days the EDI lead has to acknowledge a concern, how many knowledge
-- sessions the whole group has during the sessions stage, and the mentees' pre-reading (one item a
-- line; null keeps Flipside's default list).
ALTER TABLE fs_programme ADD COLUMN concern_acknowledge_days INTEGER DEFAULT 5 NOT NULL;
ALTER TABLE fs_programme ADD COLUMN knowledge_sessions INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE fs_programme ADD COLUMN pre_reading VARCHAR(4000);

-- A concern knows when it must be acknowledged by and when it went to the HR admins for being late.
ALTER TABLE fs_concern ADD COLUMN acknowledge_by TIMESTAMP;
ALTER TABLE fs_concern ADD COLUMN escalated_at TIMESTAMP;
CREATE INDEX ix_fs_concern_raised_by ON fs_concern (raised_by);

-- Recognition records for the host's learning system wait in the same outbox as notifications.
ALTER TABLE fs_outbound_message ADD COLUMN recognised_programme_id VARCHAR(36);
ALTER TABLE fs_outbound_message ADD COLUMN recognised_programme_name VARCHAR(255);
ALTER TABLE fs_outbound_message ADD COLUMN recognised_role VARCHAR(255);
ALTER TABLE fs_outbound_message ADD COLUMN recognised_from DATE;
ALTER TABLE fs_outbound_message ADD COLUMN recognised_to DATE;
ALTER TABLE fs_outbound_message ADD COLUMN recognised_sessions INTEGER;
