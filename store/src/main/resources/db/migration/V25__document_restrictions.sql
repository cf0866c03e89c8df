-- Documents restricted to named users or roles: one row per principal ('user:NAME' or
-- 'role:CODE'); a restricted document has at least the row 'role:admin'. Others do not read its
-- text, original, evidence or quoted words.

CREATE TABLE document_restrictions (
  document_id   VARCHAR(200) NOT NULL REFERENCES documents (id),
  principal     VARCHAR(120) NOT NULL,
  restricted_by VARCHAR(100) NOT NULL,
  restricted_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (document_id, principal)
);
