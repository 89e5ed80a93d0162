-- R6, R7: the reminders before a congress's last day and before its last day of submission, written by one daily
-- sweep (process reminder-sweep) instead of a timer in each congress. A row is a reminder the sweep found due:
-- DUE until a chunk of the sweep writes its mail, SENT in the very transaction that records the mail in the outbox,
-- DROPPED when it was no longer meaningful by then (held, ended, an extension, a later reminder of the same kind).
-- The key makes a reminder of one congress, kind and day exist once: a sweep retried, run twice a day or on two nodes
-- finds it recorded and never writes its mail again.
CREATE TABLE congress_reminder (
  process_instance_id VARCHAR(64)              NOT NULL,
  -- MessageKind: DEADLINE_REMINDER (R7) or SUBMISSION_REMINDER (R6)
  kind                VARCHAR(40)              NOT NULL,
  -- the day the reminder is for: the last day less an offset, or the planned meeting date less the lead days
  reminder_day        DATE                     NOT NULL,
  -- the day it speaks of: the last day (R7) or the planned meeting date (R6) when it was found due
  about_day           DATE                     NOT NULL,
  state               VARCHAR(10)              NOT NULL,
  found_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  done_at             TIMESTAMP WITH TIME ZONE,
  CONSTRAINT congress_reminder_pk PRIMARY KEY (process_instance_id, kind, reminder_day),
  CONSTRAINT congress_reminder_state_ck CHECK (state IN ('DUE', 'SENT', 'DROPPED'))
);

-- each chunk of the sweep takes the reminders still due
CREATE INDEX congress_reminder_state_idx ON congress_reminder (state);
-- the sweep looks for the open congresses of a campaign whose last day lies within the reminder offsets from today
CREATE INDEX congress_register_last_day_idx ON congress_register (campaign_id, last_day);
