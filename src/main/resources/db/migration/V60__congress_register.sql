-- What the server knows of each congress it started, written by the server alone (at the start and when the reviewer
-- extends the last day), never by a form or a process variable: the unit (the business key), the campaign and the last
-- day. Everything else a congress knows of its unit is read from the registry and the campaign's tables when needed.
CREATE TABLE congress_register (
  process_instance_id VARCHAR(64)              NOT NULL,
  unit_code           VARCHAR(40)              NOT NULL,
  campaign_id         VARCHAR(40)              NOT NULL,
  -- the last day at the start (the calendar's, or the start's own deadline): decides HELD_ON_TIME or HELD_LATE
  original_last_day   DATE                     NOT NULL,
  -- the current last day: an extension moves it, and the overdue timer with it
  last_day            DATE                     NOT NULL,
  started_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT congress_register_pk PRIMARY KEY (process_instance_id),
  CONSTRAINT congress_register_unit_fk FOREIGN KEY (unit_code) REFERENCES unit (code)
);

-- a second start of the unit in the campaign looks for the congresses it already has
CREATE INDEX congress_register_unit_idx ON congress_register (unit_code, campaign_id);

-- the congresses started before the register existed: their progress rows hold the same unit, campaign and last days
INSERT INTO congress_register (process_instance_id, unit_code, campaign_id, original_last_day, last_day, started_at)
SELECT process_instance_id, unit_code, campaign_id, original_last_day, last_day, started_at
FROM congress_progress
WHERE original_last_day IS NOT NULL AND last_day IS NOT NULL;
