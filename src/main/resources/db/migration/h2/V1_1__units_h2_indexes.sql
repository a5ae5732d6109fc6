CREATE INDEX ix_org_unit_path ON org_unit (path);
CREATE INDEX ix_org_unit_search ON org_unit (search_key);
