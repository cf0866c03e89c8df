-- Tombstones of documents taken down by an admin: the text, original, title and url of the
-- document row are purged, and so are the quotes of its incidents; this row remains. The sha256
-- is unique so that the same original cannot be stored again by accident.

CREATE TABLE document_takedowns (
  document_id  VARCHAR(200)  PRIMARY KEY,
  sha256       VARCHAR(64)   NOT NULL UNIQUE,
  captured_at  TIMESTAMP WITH TIME ZONE,
  reason       VARCHAR(2000) NOT NULL,
  taken_by     VARCHAR(100)  NOT NULL,
  taken_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
