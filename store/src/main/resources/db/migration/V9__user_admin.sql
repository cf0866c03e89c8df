-- Users an admin disabled (their sessions and tokens stop working; their history stays), and users
-- who must choose a new password before anything else (the bootstrap admin, reset passwords).
ALTER TABLE users ADD COLUMN disabled BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE users ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
