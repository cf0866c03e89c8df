-- One schema for H2 (in PostgreSQL mode) and PostgreSQL; ${clob}/${blob} are Flyway placeholders
-- (character/binary large objects on H2, TEXT/BYTEA on PostgreSQL).

CREATE TABLE documents (
  id            VARCHAR(200)  PRIMARY KEY,
  sha256        VARCHAR(64)   NOT NULL UNIQUE,
  title         VARCHAR(2000),
  url           VARCHAR(4000),
  publisher     VARCHAR(500),
  published     DATE,
  language      VARCHAR(16),
  content_type  VARCHAR(200)  NOT NULL,
  text_content  ${clob}       NOT NULL,
  original      ${blob}       NOT NULL,
  captured_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE incidents (
  id                 VARCHAR(64)   PRIMARY KEY,
  document_id        VARCHAR(200)  NOT NULL REFERENCES documents (id),
  ordinal            INTEGER       NOT NULL,
  event_type         VARCHAR(64),
  sub_event_type     VARCHAR(64),
  date_start         DATE,
  date_end           DATE,
  date_precision     VARCHAR(16),
  date_text          VARCHAR(2000),
  location_name      VARCHAR(1000),
  country_code       VARCHAR(2),
  admin1             VARCHAR(300),
  admin1_key         VARCHAR(300),
  admin2             VARCHAR(300),
  lat                DOUBLE PRECISION,
  lon                DOUBLE PRECISION,
  location_precision VARCHAR(16),
  geonames_id        BIGINT,
  location_text      VARCHAR(4000),
  killed_known       BOOLEAN NOT NULL,
  killed_min         INTEGER,
  killed_max         INTEGER,
  killed_text        VARCHAR(4000),
  injured_known      BOOLEAN NOT NULL,
  injured_min        INTEGER,
  injured_max        INTEGER,
  injured_text       VARCHAR(4000),
  detained_known     BOOLEAN NOT NULL,
  detained_min       INTEGER,
  detained_max       INTEGER,
  detained_text      VARCHAR(4000),
  missing_known      BOOLEAN NOT NULL,
  missing_min        INTEGER,
  missing_max        INTEGER,
  missing_text       VARCHAR(4000),
  children_killed    INTEGER,
  women_killed       INTEGER,
  confidence         DOUBLE PRECISION NOT NULL,
  extractor_version  VARCHAR(200),
  gazetteer_version  VARCHAR(200),
  actors_version     VARCHAR(200),
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  UNIQUE (document_id, ordinal)
);

-- Which documents report an incident (one now; many once reports are corroborated).
CREATE TABLE incident_documents (
  incident_id  VARCHAR(64)  NOT NULL REFERENCES incidents (id),
  document_id  VARCHAR(200) NOT NULL REFERENCES documents (id),
  PRIMARY KEY (incident_id, document_id)
);

CREATE TABLE incident_actors (
  incident_id  VARCHAR(64)   NOT NULL REFERENCES incidents (id),
  role         VARCHAR(16)   NOT NULL,
  ordinal      INTEGER       NOT NULL,
  name         VARCHAR(500)  NOT NULL,
  name_key     VARCHAR(500)  NOT NULL,
  actor_type   VARCHAR(32)   NOT NULL,
  actor_text   VARCHAR(2000),
  PRIMARY KEY (incident_id, role, ordinal)
);

-- Weapons and reporters: ordered lists of strings.
CREATE TABLE incident_values (
  incident_id  VARCHAR(64)   NOT NULL REFERENCES incidents (id),
  kind         VARCHAR(16)   NOT NULL,
  ordinal      INTEGER       NOT NULL,
  item         VARCHAR(1000) NOT NULL,
  PRIMARY KEY (incident_id, kind, ordinal)
);

CREATE TABLE incident_evidence (
  incident_id   VARCHAR(64)  NOT NULL REFERENCES incidents (id),
  ordinal       INTEGER      NOT NULL,
  start_offset  INTEGER      NOT NULL,
  end_offset    INTEGER      NOT NULL,
  evidence_text ${clob}      NOT NULL,
  fields        VARCHAR(2000) NOT NULL,
  PRIMARY KEY (incident_id, ordinal)
);

CREATE INDEX incidents_date ON incidents (date_start, date_end);
CREATE INDEX incidents_place ON incidents (country_code, admin1_key);
CREATE INDEX incidents_type ON incidents (event_type, date_start);
CREATE INDEX incidents_coords ON incidents (lat, lon);
CREATE INDEX incidents_document ON incidents (document_id);
CREATE INDEX incident_documents_document ON incident_documents (document_id);
CREATE INDEX incident_actors_name ON incident_actors (name_key);
