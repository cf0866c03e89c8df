-- Indexes for the filtered list and the aggregates at a million incidents (see bench-store and
-- the README's figures).
-- The list (country, event type, date range, newest first): its order is the index's order
-- (date_start DESC NULLS LAST, id), so the first page is read off the index without sorting; the
-- total is counted from the index alone (date_end and review_status are in it).
CREATE INDEX incidents_country_type_start
  ON incidents (country_code, event_type, date_start DESC NULLS LAST, id, date_end, review_status);
-- Counts by month and by division for a country and a year come from this index alone.
CREATE INDEX incidents_country_start
  ON incidents (country_code, date_start, admin1, review_status);
