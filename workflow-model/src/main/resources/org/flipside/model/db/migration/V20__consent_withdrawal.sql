-- When an applicant withdrew consent to the use of their protected characteristic.
ALTER TABLE fs_application ADD COLUMN consent_withdrawn_at TIMESTAMP;
