-- R11, R12: who a congress honoured, whom it proposes to the upper level for which recognition, and the delegates it
-- elected to the upper congress, by name, as reported at reportResults; one row per line of each list, so the lists
-- can be read per campaign and unit and printed. A report replaces the unit's earlier lines.
CREATE TABLE congress_exemplar (
  campaign_id         VARCHAR(40)   NOT NULL,
  unit_code           VARCHAR(40)   NOT NULL,
  process_instance_id VARCHAR(64)   NOT NULL,
  -- HONOUR: awarded by the congress itself; PROPOSAL: proposed to the level that decides the recognition
  kind                VARCHAR(10)   NOT NULL,
  line_no             INTEGER       NOT NULL,
  name                VARCHAR(500)  NOT NULL,
  beneficiary         VARCHAR(10)   NOT NULL,
  recognition         VARCHAR(60)   NOT NULL,
  achievement         VARCHAR(4000) NOT NULL,
  CONSTRAINT congress_exemplar_pk PRIMARY KEY (campaign_id, unit_code, kind, line_no),
  CONSTRAINT congress_exemplar_campaign_fk FOREIGN KEY (campaign_id) REFERENCES campaign (id),
  CONSTRAINT congress_exemplar_kind_ck CHECK (kind IN ('HONOUR', 'PROPOSAL')),
  CONSTRAINT congress_exemplar_beneficiary_ck CHECK (beneficiary IN ('INDIVIDUAL', 'COLLECTIVE'))
);

CREATE TABLE congress_delegate (
  campaign_id         VARCHAR(40)  NOT NULL,
  unit_code           VARCHAR(40)  NOT NULL,
  process_instance_id VARCHAR(64)  NOT NULL,
  line_no             INTEGER      NOT NULL,
  full_name           VARCHAR(255) NOT NULL,
  birth_year          INTEGER      NOT NULL,
  gender              VARCHAR(3)   NOT NULL,
  ethnicity           VARCHAR(100) NOT NULL,
  job_position        VARCHAR(500) NOT NULL,
  CONSTRAINT congress_delegate_pk PRIMARY KEY (campaign_id, unit_code, line_no),
  CONSTRAINT congress_delegate_campaign_fk FOREIGN KEY (campaign_id) REFERENCES campaign (id),
  CONSTRAINT congress_delegate_gender_ck CHECK (gender IN ('NAM', 'NU'))
);
