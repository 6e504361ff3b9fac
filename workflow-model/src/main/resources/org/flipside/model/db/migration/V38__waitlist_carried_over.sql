-- A waitlisted applicant who confirms the place the next cohort offers them first applies to it by carrying their
-- application over: the new application names the waitlisted one it continues.
ALTER TABLE fs_application ADD COLUMN waitlisted_from VARCHAR(36);
