-- Reference datasets (ACLED, UCDP GED, ...) imported from their CSV files: each import of a changed
-- file is a new version; events are keyed by dataset and the dataset's own event id, and carry the
-- version that last wrote them and a hash of their row (a re-import of the same rows changes
-- nothing). Portable types only (H2 and PostgreSQL).

CREATE TABLE reference_versions (
  dataset      VARCHAR(100)  NOT NULL,
  version      INTEGER       NOT NULL,
  format       VARCHAR(16)   NOT NULL,
  file_name    VARCHAR(1000),
  sha256       VARCHAR(64)   NOT NULL,
  imported_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  imported_by  VARCHAR(200),
  row_count    BIGINT        NOT NULL,
  refused      BIGINT        NOT NULL,
  added        BIGINT        NOT NULL,
  changed      BIGINT        NOT NULL,
  event_count  BIGINT        NOT NULL,
  PRIMARY KEY (dataset, version)
);
CREATE INDEX reference_versions_sha ON reference_versions (dataset, sha256);

CREATE TABLE reference_events (
  dataset         VARCHAR(100)  NOT NULL,
  event_id        VARCHAR(200)  NOT NULL,
  version         INTEGER       NOT NULL,
  date_start      DATE          NOT NULL,
  date_end        DATE          NOT NULL,
  date_precision  INTEGER,
  country_code    VARCHAR(2),
  country         VARCHAR(200),
  admin1          VARCHAR(500),
  admin2          VARCHAR(500),
  location        VARCHAR(1000),
  lat             DOUBLE PRECISION,
  lon             DOUBLE PRECISION,
  geo_precision   INTEGER,
  event_type      VARCHAR(64),
  sub_event_type  VARCHAR(64),
  actor1          VARCHAR(2000),
  assoc_actor1    VARCHAR(4000),
  actor2          VARCHAR(2000),
  assoc_actor2    VARCHAR(4000),
  fatalities      INTEGER,
  fatalities_low  INTEGER,
  fatalities_high INTEGER,
  source          VARCHAR(20000),
  notes           VARCHAR(100000),
  source_line     BIGINT        NOT NULL,
  row_hash        VARCHAR(64)   NOT NULL,
  PRIMARY KEY (dataset, event_id)
);
CREATE INDEX reference_events_place_date ON reference_events (dataset, country_code, date_start);
CREATE INDEX reference_events_date ON reference_events (date_start);
