-- Cross-checks of our incidents against reference datasets: the last run per dataset, and its
-- outcome rows (a match with score and reasons; one of our incidents with no event in the dataset;
-- an event with no incident of ours), with the country and month the report groups them by and
-- both sides' fatality figures. A new run of a dataset replaces its rows.

CREATE TABLE reference_checks (
  dataset      VARCHAR(100)  PRIMARY KEY,
  version      INTEGER       NOT NULL,
  checked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  incidents    BIGINT        NOT NULL,
  events       BIGINT        NOT NULL,
  matches      BIGINT        NOT NULL,
  comparisons  BIGINT        NOT NULL,
  millis       BIGINT        NOT NULL
);

CREATE TABLE reference_check_rows (
  dataset      VARCHAR(100)  NOT NULL,
  seq          BIGINT        NOT NULL,
  kind         VARCHAR(16)   NOT NULL,
  incident_id  VARCHAR(64),
  event_id     VARCHAR(200),
  country_code VARCHAR(2),
  period       VARCHAR(7),
  score        DOUBLE PRECISION NOT NULL,
  reasons      VARCHAR(4000),
  our_low      INTEGER,
  our_best     INTEGER,
  our_high     INTEGER,
  their_fatalities INTEGER,
  PRIMARY KEY (dataset, seq)
);
CREATE INDEX reference_check_rows_incident ON reference_check_rows (incident_id);
CREATE INDEX reference_check_rows_kind ON reference_check_rows (dataset, kind);
