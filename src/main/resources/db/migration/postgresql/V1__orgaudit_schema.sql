-- Version 1 of orgaudit's own tables (PostgreSQL), beside Spring Batch's (whose schema Boot creates). Keyed by run (the
-- Batch job instance id), so earlier runs stay for comparison and a report can be rebuilt.
-- The same tables as db/migration/h2/V1 in PostgreSQL's types (TEXT for CLOB). The releases before Flyway carried no
-- PostgreSQL driver, so no PostgreSQL database predates this script: it needs none of H2's ALTERs for older files
-- (which PostgreSQL would answer with a notice, logged as a warning, at every new database).
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
    payload      TEXT         NOT NULL,
    PRIMARY KEY (run_id, account_id, region)
);

-- One row per account since evidence is stored whole (job.StoredAccountEvidence: each trail and its chain once,
-- then the trails seen per region); scan_evidence above holds the per-region rows of runs recorded before.
CREATE TABLE IF NOT EXISTS scan_account_evidence (
    run_id       BIGINT       NOT NULL,
    account_id   VARCHAR(12)  NOT NULL,
    collected_at TIMESTAMP    NOT NULL,
    payload      TEXT         NOT NULL,
    PRIMARY KEY (run_id, account_id)
);

CREATE TABLE IF NOT EXISTS scan_verdict (
    run_id     BIGINT        NOT NULL,
    account_id VARCHAR(12)   NOT NULL,
    rule_id    VARCHAR(100)  NOT NULL,
    status     VARCHAR(8)    NOT NULL,
    reason     VARCHAR(8000) NOT NULL,
    chain      TEXT,
    failure    TEXT,
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
