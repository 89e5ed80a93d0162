-- The groups a congress's instance was last granted READ to (its unit's and its reviewer's, space-separated): each user
-- task compares them with the groups the registry gives now, and asks for the instance's authorizations only when they
-- differ (the first task, a unit moved to another district). NULL for the congresses started before this column: their
-- next task confirms their grants as before and records them.
ALTER TABLE congress_register ADD COLUMN granted_groups VARCHAR(255);
