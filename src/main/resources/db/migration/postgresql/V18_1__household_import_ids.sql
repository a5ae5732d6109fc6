-- Staged rows draw their household id from the identity sequence of household.id as COPY loads
-- them (ids of rows that are never stored are simply skipped, as with any sequence).
DO $$
BEGIN
    EXECUTE format('ALTER TABLE household_import_row ALTER COLUMN household_id SET DEFAULT nextval(%L::regclass)',
                   pg_get_serial_sequence('household', 'id'));
END
$$;
-- The store no longer looks households up by job and file row; the index only slowed the insert.
DROP INDEX ix_household_import;
