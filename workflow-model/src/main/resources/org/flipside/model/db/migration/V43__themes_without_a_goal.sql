-- A programme with no fixed outcomes (no goals at scoping) still groups its feedback into themes: such a theme bears
-- on no goal.
ALTER TABLE fs_feedback_theme ALTER COLUMN goal DROP NOT NULL;
