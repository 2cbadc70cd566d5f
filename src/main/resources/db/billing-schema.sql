-- The billing ledger, beside Spring Batch's job repository. Portable between HSQLDB and PostgreSQL.

-- One row per revision of a month: STARTED while it runs, COMPLETED once its outputs are published.
CREATE TABLE IF NOT EXISTS billing_run (
    billing_month     VARCHAR(7)    NOT NULL,
    revision          INTEGER       NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    job_instance_id   BIGINT,
    input_folder      VARCHAR(2000),
    input_fingerprint VARCHAR(64),
    output_folder     VARCHAR(2000),
    started_at        TIMESTAMP,
    completed_at      TIMESTAMP,
    PRIMARY KEY (billing_month, revision)
);

-- Every invoice line a revision billed; the ADVANCE lines are what the next month credits (R5).
CREATE TABLE IF NOT EXISTS billing_ledger_line (
    billing_month    VARCHAR(7)   NOT NULL,
    revision         INTEGER      NOT NULL,
    invoice_id       VARCHAR(64)  NOT NULL,
    line_no          INTEGER      NOT NULL,
    payer_account_id VARCHAR(12)  NOT NULL,
    account_id       VARCHAR(12)  NOT NULL,
    subject_scope    VARCHAR(8)   NOT NULL,
    line_type        VARCHAR(16)  NOT NULL,
    plan_code        VARCHAR(64)  NOT NULL,
    service_month    VARCHAR(7)   NOT NULL,
    amount           DECIMAL(38, 2) NOT NULL,
    PRIMARY KEY (billing_month, revision, invoice_id, line_no)
);

-- Every refund a revision paid out (R8).
CREATE TABLE IF NOT EXISTS billing_ledger_refund (
    billing_month    VARCHAR(7)   NOT NULL,
    revision         INTEGER      NOT NULL,
    refund_id        VARCHAR(100) NOT NULL,
    payer_account_id VARCHAR(12)  NOT NULL,
    account_id       VARCHAR(12)  NOT NULL,
    plan_code        VARCHAR(64)  NOT NULL,
    reason           VARCHAR(16)  NOT NULL,
    amount           DECIMAL(38, 2) NOT NULL,
    tax              DECIMAL(38, 2) NOT NULL,
    PRIMARY KEY (billing_month, revision, refund_id)
);

-- Each account's fee base of a running revision (R2), kept as exact text between the steps.
CREATE TABLE IF NOT EXISTS billing_usage_base (
    billing_month VARCHAR(7)   NOT NULL,
    revision      INTEGER      NOT NULL,
    account_id    VARCHAR(12)  NOT NULL,
    base          VARCHAR(100) NOT NULL,
    PRIMARY KEY (billing_month, revision, account_id)
);

-- Who is billing a month right now (R11: two runs of one month never run at once). The holder keeps
-- its heartbeat fresh; a row whose heartbeat went stale, or whose process is gone from its host,
-- belongs to a process that died.
CREATE TABLE IF NOT EXISTS billing_lock (
    billing_month VARCHAR(7)   NOT NULL,
    holder        VARCHAR(300) NOT NULL,
    holder_host   VARCHAR(255) NOT NULL,
    holder_pid    BIGINT       NOT NULL,
    acquired_at   TIMESTAMP    NOT NULL,
    heartbeat_at  TIMESTAMP    NOT NULL,
    PRIMARY KEY (billing_month)
);
