-- When an arranged coaching session was cancelled (its pairing ended or its coach left the post before it), so that
-- its calendar invite is cancelled once and the session no longer counts as to come.
ALTER TABLE fs_coaching_request ADD COLUMN session_cancelled_at TIMESTAMP;
