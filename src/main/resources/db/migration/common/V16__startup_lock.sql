-- The loaders that fill an empty database at start (official units, the first administrator, demo
-- data) run while one node holds this row locked (SELECT ... FOR UPDATE), so nodes starting together
-- on one database load everything once.
CREATE TABLE startup_lock (
    name VARCHAR(40) NOT NULL PRIMARY KEY
);
INSERT INTO startup_lock (name) VALUES ('loaders');
