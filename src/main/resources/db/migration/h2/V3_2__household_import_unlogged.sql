-- Nothing to do on H2 (PostgreSQL makes the staging table unlogged); keeps one migration history.
SELECT 1;
