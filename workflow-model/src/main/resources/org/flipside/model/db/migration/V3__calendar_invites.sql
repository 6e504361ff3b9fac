-- Calendar invites wait in the same outbox as notifications: the channel says which host service
-- takes a message, and an invite keeps its event and the iCalendar text built when it was queued.
ALTER TABLE fs_outbound_message ADD COLUMN channel VARCHAR(20) DEFAULT 'NOTIFICATION' NOT NULL;
ALTER TABLE fs_outbound_message ADD COLUMN event_uid VARCHAR(255);
ALTER TABLE fs_outbound_message ADD COLUMN starts_at TIMESTAMP;
ALTER TABLE fs_outbound_message ADD COLUMN ends_at TIMESTAMP;
ALTER TABLE fs_outbound_message ADD COLUMN location VARCHAR(1000);
ALTER TABLE fs_outbound_message ADD COLUMN icalendar TEXT;
