-- Matching as each programme sets it: which hard rules apply and how much each soft rule weighs.
-- Existing programmes keep what they had: every rule on, the default weights (null = default).
ALTER TABLE fs_programme ADD COLUMN match_separate_line_chains BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE fs_programme ADD COLUMN match_separate_departments BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE fs_programme ADD COLUMN match_enforce_band_gap BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE fs_programme ADD COLUMN match_exclude_conflicts BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE fs_programme ADD COLUMN match_honour_capacity BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE fs_programme ADD COLUMN match_mentors_per_mentee INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE fs_programme ADD COLUMN weight_leads_wanted_area DOUBLE PRECISION;
ALTER TABLE fs_programme ADD COLUMN weight_shared_topics DOUBLE PRECISION;
ALTER TABLE fs_programme ADD COLUMN weight_compatible_format DOUBLE PRECISION;
ALTER TABLE fs_programme ADD COLUMN weight_shared_availability DOUBLE PRECISION;
ALTER TABLE fs_programme ADD COLUMN weight_same_location DOUBLE PRECISION;

-- What an applicant tells the matcher beyond their profile.
ALTER TABLE fs_application ADD COLUMN location VARCHAR(255);
ALTER TABLE fs_application ADD COLUMN availability VARCHAR(255);
ALTER TABLE fs_application ADD COLUMN declared_conflicts VARCHAR(1000);
ALTER TABLE fs_application ADD COLUMN mentor_capacity INTEGER DEFAULT 1 NOT NULL;

-- Why the last proposal left a participant without a partner, for the admin's review.
ALTER TABLE fs_participant ADD COLUMN unmatched_reason VARCHAR(1000);

-- Each soft rule that added to a proposed pair's score.
CREATE TABLE fs_pairing_reason (
    pairing_id VARCHAR(36)      NOT NULL,
    position   INTEGER          NOT NULL,
    rule_name  VARCHAR(50)      NOT NULL,
    points     DOUBLE PRECISION NOT NULL,
    detail     VARCHAR(1000),
    CONSTRAINT pk_fs_pairing_reason PRIMARY KEY (pairing_id, position),
    CONSTRAINT fk_fs_pairing_reason_pairing FOREIGN KEY (pairing_id) REFERENCES fs_pairing (id)
);
