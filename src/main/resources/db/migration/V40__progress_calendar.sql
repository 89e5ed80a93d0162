-- The Cockpit dashboard's calendar says who meets when, where and in which session: the session and the place the
-- dossier gives are kept with the meeting date when the dossier is submitted.
ALTER TABLE congress_progress ADD COLUMN meeting_session VARCHAR(20);
ALTER TABLE congress_progress ADD COLUMN venue VARCHAR(500);
-- The report to UBND tỉnh gives the reason of every congress not held (the reviewer's, or the registry's retirement).
ALTER TABLE congress_progress ADD COLUMN not_held_reason VARCHAR(2000);

-- The dashboard and the report read one campaign's rows, often one district's communes (the PK and
-- congress_progress_district_idx serve those); the metrics count the open congresses of every campaign by state.
CREATE INDEX congress_progress_status_idx ON congress_progress (status, overdue, last_day);
-- A council member's units come first on their dashboard (R10): the registry is searched by council member.
CREATE INDEX unit_council_member_idx ON unit (council_member);
-- The reasons of late units are their escalations' decisions, looked up by campaign and unit.
CREATE INDEX campaign_escalation_unit_idx ON campaign_escalation (campaign_id, unit_code);
