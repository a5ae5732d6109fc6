-- Staging rows are transient: skipping the write-ahead log makes the COPY into them much cheaper.
ALTER TABLE household_import_row SET UNLOGGED;
