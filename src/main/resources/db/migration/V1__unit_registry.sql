-- The unit registry (R1). Plain SQL that runs unchanged on H2 (the default embedded database) and PostgreSQL
-- (profile `postgres`): no vendor types, no MERGE/UPSERT; the application reads and writes it with JdbcTemplate.
CREATE TABLE unit (
  code           VARCHAR(40)              NOT NULL,
  name           VARCHAR(255)             NOT NULL,
  level          VARCHAR(20)              NOT NULL,
  kind           VARCHAR(20)              NOT NULL,
  -- null until Sở Nội vụ enters it or the unit gives it in its plan (the counts are not public)
  staff_count    INTEGER,
  -- a commune's district, or the province for a district; null for the province and the provincial agencies
  parent_code    VARCHAR(40),
  -- user id of the council member (Hội đồng Thi đua, Khen thưởng tỉnh) following the unit (R10)
  council_member VARCHAR(64),
  -- units are retired, never deleted: congresses and their history keep pointing at them
  active         BOOLEAN                  DEFAULT TRUE NOT NULL,
  created_at     TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  updated_at     TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  CONSTRAINT unit_pk PRIMARY KEY (code),
  CONSTRAINT unit_parent_fk FOREIGN KEY (parent_code) REFERENCES unit (code),
  CONSTRAINT unit_level_ck CHECK (level IN ('CO_SO', 'SO_NGANH_HUYEN', 'TINH')),
  CONSTRAINT unit_kind_ck CHECK (kind IN ('CIVIL', 'ENTERPRISE', 'MILITARY', 'POLICE')),
  -- R3: a staff count below 1 is bad input
  CONSTRAINT unit_staff_count_ck CHECK (staff_count IS NULL OR staff_count >= 1)
);

CREATE INDEX unit_parent_idx ON unit (parent_code);
