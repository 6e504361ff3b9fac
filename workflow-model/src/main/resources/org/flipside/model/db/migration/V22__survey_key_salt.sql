-- The survey key now holds only a salt: the pseudonym secret is derived from it and the host's key, which is never
-- in the database. A cohort whose surveys are open keeps its old value as its salt, so its baseline answers (hashed
-- under the old scheme) no longer pair with final answers given after this migration.
ALTER TABLE fs_survey_key RENAME COLUMN secret TO salt;
