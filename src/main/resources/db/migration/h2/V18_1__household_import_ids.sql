-- Nothing to do on H2: it keeps ix_household_import to join staged rows back to their households
-- (see V18); keeps one migration history.
SELECT 1;
