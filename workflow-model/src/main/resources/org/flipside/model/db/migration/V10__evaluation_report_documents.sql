-- The evaluation report as the sponsor reads it: the rendered HTML and PDF of the cohort's findings. The survey
-- averages, themes and recommendations the first report kept as columns now come from the pseudonymous survey
-- store and the themes table, with small groups hidden, so the unsuppressed copies go.
ALTER TABLE fs_evaluation_report DROP COLUMN average_confidence_talking;
ALTER TABLE fs_evaluation_report DROP COLUMN average_understanding_issues;
ALTER TABLE fs_evaluation_report DROP COLUMN average_confidence_asking;
ALTER TABLE fs_evaluation_report DROP COLUMN average_confidence_sharing;
ALTER TABLE fs_evaluation_report DROP COLUMN themes;
ALTER TABLE fs_evaluation_report DROP COLUMN recommendations;
ALTER TABLE fs_evaluation_report ADD COLUMN report_html TEXT;
ALTER TABLE fs_evaluation_report ADD COLUMN report_pdf BYTEA;
