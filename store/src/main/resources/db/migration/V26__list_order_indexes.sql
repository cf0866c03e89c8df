-- Indexes in the incident list's order (date_start DESC NULLS LAST, id), so that a page of the
-- list is read off an index without sorting every match: the whole list, and the list of one
-- country or one event type (the filters the map page sets first). Each carries the columns the
-- default filters test (review status; the killed figure), so they are checked in the index.
-- V6's incidents_country_type_start serves the list of one country and one event type.
CREATE INDEX incidents_list_order
  ON incidents (date_start DESC NULLS LAST, id, review_status, killed_best);
CREATE INDEX incidents_country_list_order
  ON incidents (country_code, date_start DESC NULLS LAST, id, review_status);
CREATE INDEX incidents_type_list_order
  ON incidents (event_type, date_start DESC NULLS LAST, id, review_status);
