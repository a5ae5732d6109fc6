-- The node running a background job writes its heartbeat here; any node fails the queued or running
-- jobs whose heartbeat (or creation) is too old, because the node that held them stopped.
ALTER TABLE household_import_job ADD COLUMN heartbeat_at TIMESTAMP;
ALTER TABLE eval_run_job ADD COLUMN heartbeat_at TIMESTAMP;
ALTER TABLE report_job ADD COLUMN heartbeat_at TIMESTAMP;
