-- The killed figure reconciled across every report of an incident (low <= best <= high; see the
-- link module's Reconciler), which the list, the map, the filters, the sorting and the aggregates
-- read. A report of its own has its own figure: low its minimum (0 for "up to n"), best and high
-- its maximum if given, else its minimum. Incidents told by several reports are marked stale here
-- and reconciled by the corroboration store when it opens (SQL alone has no lower median).
ALTER TABLE incidents ADD COLUMN killed_low INTEGER;
ALTER TABLE incidents ADD COLUMN killed_best INTEGER;
ALTER TABLE incidents ADD COLUMN killed_high INTEGER;
ALTER TABLE incidents ADD COLUMN figures_stale BOOLEAN DEFAULT FALSE NOT NULL;

UPDATE incidents SET
  killed_best = COALESCE(killed_max, killed_min),
  killed_high = COALESCE(killed_max, killed_min),
  killed_low = CASE WHEN COALESCE(killed_max, killed_min) IS NULL THEN NULL
                    ELSE COALESCE(killed_min, 0) END;

UPDATE incidents SET figures_stale = TRUE
  WHERE id IN (SELECT incident_id FROM incident_sources GROUP BY incident_id HAVING COUNT(*) > 1);

CREATE INDEX incidents_killed_best ON incidents (killed_best);
