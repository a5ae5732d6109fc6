-- Key people imported from a file (the list a commune keeps) go through the same import jobs as
-- households (household_import_job, household_import_problem, kind 'KEY_PEOPLE'); their rows are
-- staged here, checked against the units valid on each term's first day and the user's scope in SQL,
-- then stored with one INSERT ... SELECT. raw_values keeps the row as typed for the error report.
CREATE TABLE key_person_import_row (
    job_id         BIGINT       NOT NULL,
    row_no         INT          NOT NULL,
    unit_code      VARCHAR(32)  NOT NULL,
    full_name      VARCHAR(120) NOT NULL,
    gender         VARCHAR(8)   NOT NULL,
    birth_year     INT,
    role           VARCHAR(32)  NOT NULL,
    respected_kind VARCHAR(32),
    term_from      DATE         NOT NULL,
    term_to        DATE,
    phone          VARCHAR(20),
    note           VARCHAR(500),
    search_key     VARCHAR(300) NOT NULL,
    sort_key       VARCHAR(600) NOT NULL,
    raw_values     TEXT         NOT NULL,
    valid          BOOLEAN      NOT NULL
);
CREATE INDEX ix_key_person_import_row ON key_person_import_row (job_id, row_no);

-- Key people stored by an import remember the job they came from.
ALTER TABLE key_person ADD COLUMN import_job_id BIGINT;
CREATE INDEX ix_key_person_import ON key_person (import_job_id);
