-- The access log records every read of a document's text, not only the reader: through which
-- channel (reader, original, evidence, snippet, dossier, export) and from which address.

ALTER TABLE document_views ADD COLUMN channel VARCHAR(16) DEFAULT 'reader' NOT NULL;
ALTER TABLE document_views ADD COLUMN address VARCHAR(100);

CREATE INDEX document_views_time ON document_views (viewed_at);
