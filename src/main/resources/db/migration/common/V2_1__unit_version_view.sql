-- The read model other capabilities join in their set-based SQL (they never touch org_unit itself).
CREATE VIEW unit_version AS
SELECT id, code, name, unit_type, level, parent_id, path, depth, valid_from, valid_to, sort_key
FROM org_unit;
