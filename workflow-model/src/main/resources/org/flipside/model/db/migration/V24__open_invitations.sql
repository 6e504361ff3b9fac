-- Each invitation to apply is now its own process instance. The cohort counts the round's invitations still open,
-- so that the one answered last (under the row's lock, whichever transaction commits last) tells the lifecycle that
-- everyone has answered, without the lifecycle sharing an execution tree with thousands of invitations.
ALTER TABLE fs_cohort ADD COLUMN open_invitations INTEGER DEFAULT 0 NOT NULL;
