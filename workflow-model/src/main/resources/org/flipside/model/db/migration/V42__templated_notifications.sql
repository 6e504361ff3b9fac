-- A notification from Flipside's own processes keeps its topic's parameters (ids and values, never a name) and is
-- rendered in the recipient's language when it is delivered; only a process owner's own message, a calendar invite
-- and a recognition record keep a subject and body written when they were queued.
ALTER TABLE fs_outbound_message ADD COLUMN parameters TEXT;
ALTER TABLE fs_outbound_message ALTER COLUMN subject DROP NOT NULL;
ALTER TABLE fs_outbound_message ALTER COLUMN body DROP NOT NULL;
