-- The household list is ordered by the head's name (Vietnamese collation key) then id: with this index
-- the first pages of a province's list are read in order instead of sorting every household.
CREATE INDEX ix_household_sort ON household (sort_key, id);
