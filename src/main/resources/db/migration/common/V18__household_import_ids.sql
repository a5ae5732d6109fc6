-- A staged household row carries the id its household will get, so the residence can be stored
-- straight from the staging row (no join back through import_job_id / import_row). PostgreSQL
-- fills it from the household id sequence while the rows are copied in (V18_1); H2 leaves it empty
-- and joins back as before.
ALTER TABLE household_import_row ADD COLUMN household_id BIGINT;
