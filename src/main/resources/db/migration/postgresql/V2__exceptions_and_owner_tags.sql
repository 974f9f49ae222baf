-- The exceptions (accepted risks) that applied to a run, as the exceptions file gave them when the run started:
-- the workbook of an old run, rebuilt later, shows the exceptions of its day, not today's file.
-- entry is the exception as JSON (accounts, OUs, rules, justification, approver, ticket); position keeps the file's
-- order.
CREATE TABLE scan_exception (
    run_id       BIGINT        NOT NULL,
    position     INT           NOT NULL,
    exception_id VARCHAR(200)  NOT NULL,
    expires      DATE          NOT NULL,
    source_file  VARCHAR(2000) NOT NULL,
    entry        TEXT          NOT NULL,
    PRIMARY KEY (run_id, exception_id)
);

-- The account's Organizations tags of the keys orgaudit.owners.tag-keys names, as a JSON object (key -> value), read
-- once per run; null: not read (the setting was off, or the run was killed before this account's tags were read).
ALTER TABLE scan_account ADD COLUMN tags TEXT;
