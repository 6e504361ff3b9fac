-- What people write in the review, sign-off, agreement and concern forms is kept in Flipside's tables, never in the
-- engine's variables (whose history keeps them for good): each form's handler writes it here as the task completes.
ALTER TABLE fs_programme ADD COLUMN sponsor_comments VARCHAR(4000);
ALTER TABLE fs_cohort ADD COLUMN applications_review_note VARCHAR(4000);
ALTER TABLE fs_cohort ADD COLUMN matches_review_note VARCHAR(4000);
ALTER TABLE fs_cohort ADD COLUMN match_fairness VARCHAR(4000);
ALTER TABLE fs_concern ADD COLUMN acknowledgement_note VARCHAR(4000);
ALTER TABLE fs_learning_agreement ADD COLUMN requested_changes VARCHAR(4000);
