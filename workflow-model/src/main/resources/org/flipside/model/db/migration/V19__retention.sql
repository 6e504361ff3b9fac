-- How long a programme's personal data is kept after it closes, and when retention erased it.
ALTER TABLE fs_programme ADD COLUMN retention_months INTEGER DEFAULT 12 NOT NULL;
ALTER TABLE fs_programme ADD COLUMN personal_data_erased_at TIMESTAMP;
