-- R11, R12 upward: what an upper congress (a district's, an agency's, the province's) decided on each proposal of its
-- lower units, taken up or declined with a reason, kept on the proposal's own line.
ALTER TABLE congress_exemplar ADD COLUMN decided_by VARCHAR(40);
ALTER TABLE congress_exemplar ADD COLUMN decision VARCHAR(10);
ALTER TABLE congress_exemplar ADD COLUMN decision_reason VARCHAR(2000);
ALTER TABLE congress_exemplar ADD CONSTRAINT congress_exemplar_decision_ck
  CHECK (decision IN ('TAKEN_UP', 'DECLINED'));

-- The members the provincial congress invites by name, besides the delegates its lower units elected.
CREATE TABLE congress_invited_member (
  campaign_id         VARCHAR(40)  NOT NULL,
  unit_code           VARCHAR(40)  NOT NULL,
  process_instance_id VARCHAR(64)  NOT NULL,
  line_no             INTEGER      NOT NULL,
  full_name           VARCHAR(255) NOT NULL,
  birth_year          INTEGER      NOT NULL,
  gender              VARCHAR(3)   NOT NULL,
  ethnicity           VARCHAR(100) NOT NULL,
  job_position        VARCHAR(500) NOT NULL,
  CONSTRAINT congress_invited_member_pk PRIMARY KEY (campaign_id, unit_code, line_no),
  CONSTRAINT congress_invited_member_campaign_fk FOREIGN KEY (campaign_id) REFERENCES campaign (id),
  CONSTRAINT congress_invited_member_gender_ck CHECK (gender IN ('NAM', 'NU'))
);

-- The province's delegates to the national congress and the exemplars it proposes there, as Sở Nội vụ picked them
-- from the provincial congress's results. A delegate's other columns are empty only when the provincial congress
-- reported a count without names.
CREATE TABLE national_delegate (
  campaign_id  VARCHAR(40)  NOT NULL,
  line_no      INTEGER      NOT NULL,
  full_name    VARCHAR(255) NOT NULL,
  birth_year   INTEGER,
  gender       VARCHAR(3),
  ethnicity    VARCHAR(100),
  job_position VARCHAR(500),
  CONSTRAINT national_delegate_pk PRIMARY KEY (campaign_id, line_no),
  CONSTRAINT national_delegate_campaign_fk FOREIGN KEY (campaign_id) REFERENCES campaign (id),
  CONSTRAINT national_delegate_gender_ck CHECK (gender IN ('NAM', 'NU'))
);

CREATE TABLE national_exemplar (
  campaign_id VARCHAR(40)   NOT NULL,
  line_no     INTEGER       NOT NULL,
  name        VARCHAR(500)  NOT NULL,
  beneficiary VARCHAR(10)   NOT NULL,
  recognition VARCHAR(60)   NOT NULL,
  achievement VARCHAR(4000) NOT NULL,
  CONSTRAINT national_exemplar_pk PRIMARY KEY (campaign_id, line_no),
  CONSTRAINT national_exemplar_campaign_fk FOREIGN KEY (campaign_id) REFERENCES campaign (id),
  CONSTRAINT national_exemplar_beneficiary_ck CHECK (beneficiary IN ('INDIVIDUAL', 'COLLECTIVE'))
);

-- Plan II.6: what a pilot congress learned (what went well, what to change), for the main wave to read while drafting.
CREATE TABLE congress_lesson (
  campaign_id         VARCHAR(40)   NOT NULL,
  unit_code           VARCHAR(40)   NOT NULL,
  process_instance_id VARCHAR(64)   NOT NULL,
  went_well           VARCHAR(4000),
  to_change           VARCHAR(4000),
  CONSTRAINT congress_lesson_pk PRIMARY KEY (campaign_id, unit_code),
  CONSTRAINT congress_lesson_campaign_fk FOREIGN KEY (campaign_id) REFERENCES campaign (id)
);
