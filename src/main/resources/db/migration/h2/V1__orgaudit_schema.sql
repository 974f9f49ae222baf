-- Version 1 of orgaudit's own tables (H2), beside Spring Batch's (whose schema Boot creates). Keyed by run (the
-- Batch job instance id), so earlier runs stay for comparison and a report can be rebuilt.
-- This is the schema orgaudit kept in db/orgaudit-schema.sql before it used Flyway, in its final shape. A database
-- written by those releases has these tables but no flyway_schema_history: Flyway baselines it at version 0
-- (spring.flyway.baseline-on-migrate) and this script runs on top of it, adding only what is missing.
-- Never edit an applied migration: a change to the schema is a new V2__..., V3__... in each vendor's folder.
CREATE TABLE IF NOT EXISTS scan_run (
    run_id                BIGINT        NOT NULL PRIMARY KEY,
    started_at            TIMESTAMP     NOT NULL,
    finished_at           TIMESTAMP,
    organization_id       VARCHAR(64),
    management_account_id VARCHAR(12),
    hub_account_id        VARCHAR(12),
    profile               VARCHAR(16)   NOT NULL,
    rules                 VARCHAR(2000) NOT NULL,
    regions               VARCHAR(2000) NOT NULL,
    source                VARCHAR(500)  NOT NULL,
    workbook              VARCHAR(2000),
    accounts_listed_at    TIMESTAMP
);

CREATE TABLE IF NOT EXISTS scan_account (
    run_id     BIGINT        NOT NULL,
    account_id VARCHAR(12)   NOT NULL,
    name       VARCHAR(200),
    email      VARCHAR(320),
    ou_path    VARCHAR(2000),
    org_status VARCHAR(32)   NOT NULL,
    scan_state VARCHAR(16)   NOT NULL,
    regions    VARCHAR(2000),
    PRIMARY KEY (run_id, account_id)
);

CREATE TABLE IF NOT EXISTS scan_evidence (
    run_id       BIGINT       NOT NULL,
    account_id   VARCHAR(12)  NOT NULL,
    region       VARCHAR(32)  NOT NULL,
    collected_at TIMESTAMP    NOT NULL,
    payload      CLOB         NOT NULL,
    PRIMARY KEY (run_id, account_id, region)
);

-- One row per account since evidence is stored whole (job.StoredAccountEvidence: each trail and its chain once,
-- then the trails seen per region); scan_evidence above holds the per-region rows of runs recorded before.
CREATE TABLE IF NOT EXISTS scan_account_evidence (
    run_id       BIGINT       NOT NULL,
    account_id   VARCHAR(12)  NOT NULL,
    collected_at TIMESTAMP    NOT NULL,
    payload      CLOB         NOT NULL,
    PRIMARY KEY (run_id, account_id)
);

CREATE TABLE IF NOT EXISTS scan_verdict (
    run_id     BIGINT        NOT NULL,
    account_id VARCHAR(12)   NOT NULL,
    rule_id    VARCHAR(100)  NOT NULL,
    status     VARCHAR(8)    NOT NULL,
    reason     VARCHAR(8000) NOT NULL,
    chain      CLOB,
    failure    CLOB,
    broken_link VARCHAR(40),
    PRIMARY KEY (run_id, account_id, rule_id)
);

-- One run at a time per database: the holder refreshes heartbeat_at; a row whose heartbeat is old belongs to a
-- process that died (kill -9, node lost) and may be taken over.
CREATE TABLE IF NOT EXISTS scan_lock (
    lock_name    VARCHAR(32)  NOT NULL PRIMARY KEY,
    owner        VARCHAR(200) NOT NULL,
    acquired_at  TIMESTAMP    NOT NULL,
    heartbeat_at TIMESTAMP    NOT NULL
);

-- accounts_listed_at (scan_run): set once discovery has recorded every account of the run, so a restarted collection
-- step takes the run's PENDING accounts from scan_account rather than waiting for a listing.
-- broken_link (scan_verdict): where a FAIL's chain breaks (rule.BrokenLink), so the report reads it rather than the
-- reason's words; FAILs recorded before it read it from the chain's shape.
-- Both were added after the first release, before Flyway: a database from then has the tables (so every CREATE above
-- is IF NOT EXISTS) but may lack these two columns, which it gets here.
ALTER TABLE scan_run ADD COLUMN IF NOT EXISTS accounts_listed_at TIMESTAMP;
ALTER TABLE scan_verdict ADD COLUMN IF NOT EXISTS broken_link VARCHAR(40);
