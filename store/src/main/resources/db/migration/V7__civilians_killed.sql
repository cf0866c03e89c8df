-- The civilians among an incident's dead (the exchange format's casualties.civilians_killed), now
-- that casualties.killed counts every death on every side.
ALTER TABLE incidents ADD COLUMN civilians_killed_known BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE incidents ADD COLUMN civilians_killed_min INTEGER;
ALTER TABLE incidents ADD COLUMN civilians_killed_max INTEGER;
ALTER TABLE incidents ADD COLUMN civilians_killed_text VARCHAR(4000);
