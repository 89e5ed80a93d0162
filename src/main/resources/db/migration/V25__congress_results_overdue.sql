-- R13: a congress held whose results are not reported within the configured days is "held, results overdue": its
-- wave no longer waits for it; the report of its results moves it on to HELD_ON_TIME or HELD_LATE.
ALTER TABLE congress_progress DROP CONSTRAINT congress_progress_status_ck;
ALTER TABLE congress_progress ADD CONSTRAINT congress_progress_status_ck CHECK (status IN ('DRAFTING', 'UNDER_REVIEW',
  'APPROVED', 'HELD_RESULTS_OVERDUE', 'HELD_ON_TIME', 'HELD_LATE', 'NOT_HELD', 'CANCELLED'));
