-- Prefix searches on the materialised path (subtree and scope filters) need a pattern index
-- under a non-C collation.
CREATE INDEX ix_org_unit_path ON org_unit (path varchar_pattern_ops);
CREATE INDEX ix_org_unit_search ON org_unit (search_key varchar_pattern_ops);
