-- Schema version 2: people behind several emails/logins, and the history of sync runs.

CREATE TABLE identities (
    id INTEGER PRIMARY KEY,
    display_name TEXT NOT NULL
);

-- One row per email, login or name that belongs to an identity; a value belongs to one person.
CREATE TABLE identity_aliases (
    identity_id INTEGER NOT NULL REFERENCES identities (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('email', 'login', 'name')),
    value TEXT NOT NULL,
    PRIMARY KEY (kind, value)
);

CREATE TABLE sync_runs (
    id INTEGER PRIMARY KEY,
    account_id INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    provider TEXT NOT NULL,
    started_at BIGINT NOT NULL,
    finished_at BIGINT,
    status TEXT NOT NULL CHECK (status IN ('running', 'succeeded', 'failed', 'cancelled')),
    requests INTEGER NOT NULL DEFAULT 0,
    not_modified INTEGER NOT NULL DEFAULT 0,
    waits INTEGER NOT NULL DEFAULT 0,
    wait_seconds INTEGER NOT NULL DEFAULT 0,
    error TEXT
);
CREATE INDEX sync_runs_started_at ON sync_runs (started_at);

-- Items written by a run, per kind (repos, commits, pull_requests, ...).
CREATE TABLE sync_run_items (
    run_id INTEGER NOT NULL REFERENCES sync_runs (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    item_count INTEGER NOT NULL,
    PRIMARY KEY (run_id, kind)
);
