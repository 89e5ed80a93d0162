-- Campaigns as data (RULES.md: "numbers and dates are defaults of a campaign, not constants in code"): the next
-- cycle (2030) or another province is a new row, not a code change. Plain SQL that runs unchanged on H2 and
-- PostgreSQL; the application reads and writes it with JdbcTemplate, inside the engine's transactions.
CREATE TABLE campaign (
  id                        VARCHAR(40)              NOT NULL,
  -- the province (the registry's only unit of level TINH): its congress closes the campaign
  province_code             VARCHAR(40)              NOT NULL,
  name                      VARCHAR(255)             NOT NULL,
  -- R6: the dossier reaches the reviewer at least this many days before the meeting
  submission_lead_days      INTEGER                  NOT NULL,
  -- R7: the last days (Vietnam time; work is overdue from 00:00 of the next day)
  guidance_last_day         DATE                     NOT NULL,
  drive_launch_last_day     DATE                     NOT NULL,
  -- plan II.3: the 10-year review of Chỉ thị 34-CT/TW; the plan defers its date to central guidance
  directive_review_last_day DATE                     NOT NULL,
  -- R8: by when each district picks its pilot commune (the plan gives no date: a reading, see README)
  pilot_choice_last_day     DATE                     NOT NULL,
  provincial_plan_last_day  DATE                     NOT NULL,
  pilot_commune_last_day    DATE                     NOT NULL,
  provincial_pilot_last_day DATE                     NOT NULL,
  co_so_last_day            DATE                     NOT NULL,
  so_nganh_huyen_last_day   DATE                     NOT NULL,
  tinh_last_day             DATE                     NOT NULL,
  -- R9: how many delegates the central council allots the province at the national congress (null: not yet known)
  national_delegate_quota   INTEGER,
  created_by                VARCHAR(64),
  created_at                TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  CONSTRAINT campaign_pk PRIMARY KEY (id),
  CONSTRAINT campaign_province_fk FOREIGN KEY (province_code) REFERENCES unit (code),
  CONSTRAINT campaign_lead_days_ck CHECK (submission_lead_days >= 0),
  CONSTRAINT campaign_quota_ck CHECK (national_delegate_quota IS NULL OR national_delegate_quota >= 1)
);

-- R8: the campaign's pilots. PROVINCIAL rows are the province's own pilots (Sở Y tế, huyện Than Uyên), set with the
-- campaign; COMMUNE rows are the communes the districts pick while the campaign runs, at most one per district.
CREATE TABLE campaign_pilot (
  campaign_id   VARCHAR(40)              NOT NULL,
  unit_code     VARCHAR(40)              NOT NULL,
  kind          VARCHAR(20)              NOT NULL,
  -- the district that picked the commune; null for a provincial pilot (NULLs do not collide in the unique key)
  district_code VARCHAR(40),
  chosen_by     VARCHAR(64),
  chosen_at     TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  CONSTRAINT campaign_pilot_pk PRIMARY KEY (campaign_id, unit_code),
  CONSTRAINT campaign_pilot_campaign_fk FOREIGN KEY (campaign_id) REFERENCES campaign (id),
  CONSTRAINT campaign_pilot_unit_fk FOREIGN KEY (unit_code) REFERENCES unit (code),
  CONSTRAINT campaign_pilot_kind_ck CHECK (kind IN ('PROVINCIAL', 'COMMUNE')),
  CONSTRAINT campaign_pilot_one_per_district UNIQUE (campaign_id, district_code)
);

-- The waves of congresses the campaign starts from the registry, one per level.
CREATE TABLE campaign_wave (
  campaign_id VARCHAR(40)              NOT NULL,
  level       VARCHAR(20)              NOT NULL,
  started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  -- set when the last congress of the wave ended (held or recorded not held)
  ended_at    TIMESTAMP WITH TIME ZONE,
  CONSTRAINT campaign_wave_pk PRIMARY KEY (campaign_id, level),
  CONSTRAINT campaign_wave_campaign_fk FOREIGN KEY (campaign_id) REFERENCES campaign (id),
  CONSTRAINT campaign_wave_level_ck CHECK (level IN ('CO_SO', 'SO_NGANH_HUYEN', 'TINH'))
);

-- Sở Nội vụ's own work and the campaign's other milestones (R7), as the report to UBND lists them.
CREATE TABLE campaign_milestone (
  campaign_id VARCHAR(40)              NOT NULL,
  milestone   VARCHAR(40)              NOT NULL,
  -- null for the closing work, for which the plan sets no date
  last_day    DATE,
  done_on     DATE,
  done_by     VARCHAR(64),
  -- the document that records it (số văn bản), as Sở Nội vụ entered it
  reference   VARCHAR(255),
  CONSTRAINT campaign_milestone_pk PRIMARY KEY (campaign_id, milestone),
  CONSTRAINT campaign_milestone_campaign_fk FOREIGN KEY (campaign_id) REFERENCES campaign (id)
);

-- R7, plan II.2: every district and provincial agency confirms that it launched the special emulation drive.
CREATE TABLE campaign_drive_launch (
  campaign_id  VARCHAR(40)              NOT NULL,
  unit_code    VARCHAR(40)              NOT NULL,
  -- PENDING until the unit confirms; NOT_LAUNCHED when Sở Nội vụ closes the drive without its confirmation
  status       VARCHAR(20)              NOT NULL,
  launched_on  DATE,
  confirmed_by VARCHAR(64),
  confirmed_at TIMESTAMP WITH TIME ZONE,
  CONSTRAINT campaign_drive_launch_pk PRIMARY KEY (campaign_id, unit_code),
  CONSTRAINT campaign_drive_launch_campaign_fk FOREIGN KEY (campaign_id) REFERENCES campaign (id),
  CONSTRAINT campaign_drive_launch_status_ck CHECK (status IN ('PENDING', 'CONFIRMED', 'NOT_LAUNCHED'))
);

-- R7: every escalation of the campaign, Sở Nội vụ's own work and every unit's congress alike, with how it was handled.
CREATE TABLE campaign_escalation (
  id            BIGINT GENERATED BY DEFAULT AS IDENTITY,
  campaign_id   VARCHAR(40)              NOT NULL,
  -- a milestone (GUIDANCE, DRIVE_LAUNCH, …) or CONGRESS
  subject       VARCHAR(40)              NOT NULL,
  -- the unit that is late; null for Sở Nội vụ's own work
  unit_code     VARCHAR(40),
  last_day      DATE                     NOT NULL,
  escalated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  -- the engine task that escalated it (handleOverdue, or the campaign's own escalation task)
  task_id       VARCHAR(64),
  -- EXTEND, NOT_HELD, CLOSED, DONE …, with the new last day and the reason given
  resolution    VARCHAR(20),
  new_last_day  DATE,
  reason        VARCHAR(2000),
  resolved_by   VARCHAR(64),
  resolved_at   TIMESTAMP WITH TIME ZONE,
  CONSTRAINT campaign_escalation_pk PRIMARY KEY (id),
  CONSTRAINT campaign_escalation_campaign_fk FOREIGN KEY (campaign_id) REFERENCES campaign (id)
);

CREATE INDEX campaign_escalation_campaign_idx ON campaign_escalation (campaign_id, subject);
CREATE INDEX campaign_escalation_task_idx ON campaign_escalation (task_id);

-- R9: one row per congress of a campaign, kept up to date by listeners on the `congress` process in the engine's own
-- transaction, so that the campaign's progress is a query and never a spreadsheet.
CREATE TABLE congress_progress (
  campaign_id           VARCHAR(40)              NOT NULL,
  unit_code             VARCHAR(40)              NOT NULL,
  process_instance_id   VARCHAR(64)              NOT NULL,
  unit_name             VARCHAR(255)             NOT NULL,
  level                 VARCHAR(20)              NOT NULL,
  -- the district a commune belongs to, or the district itself; null for provincial agencies and the province
  district_code         VARCHAR(40),
  pilot                 BOOLEAN                  DEFAULT FALSE NOT NULL,
  status                VARCHAR(20)              NOT NULL,
  -- the overdue timer fired and the reviewer has not decided yet
  overdue               BOOLEAN                  DEFAULT FALSE NOT NULL,
  original_last_day     DATE,
  last_day              DATE,
  submitted_on          DATE,
  approved_on           DATE,
  meeting_date          DATE,
  held_on               DATE,
  return_count          INTEGER                  DEFAULT 0 NOT NULL,
  extension_count       INTEGER                  DEFAULT 0 NOT NULL,
  attendance            INTEGER,
  commended_collectives INTEGER,
  commended_individuals INTEGER,
  upper_delegates       INTEGER,
  started_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  ended_at              TIMESTAMP WITH TIME ZONE,
  updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT congress_progress_pk PRIMARY KEY (campaign_id, unit_code),
  CONSTRAINT congress_progress_campaign_fk FOREIGN KEY (campaign_id) REFERENCES campaign (id),
  CONSTRAINT congress_progress_status_ck CHECK (status IN ('DRAFTING', 'UNDER_REVIEW', 'APPROVED', 'HELD_ON_TIME',
    'HELD_LATE', 'NOT_HELD', 'CANCELLED'))
);

CREATE UNIQUE INDEX congress_progress_instance_idx ON congress_progress (process_instance_id);
CREATE INDEX congress_progress_level_idx ON congress_progress (campaign_id, level, status);
CREATE INDEX congress_progress_district_idx ON congress_progress (campaign_id, district_code);
