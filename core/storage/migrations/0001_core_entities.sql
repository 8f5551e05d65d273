-- DevPulse cache, schema version 1: the accounts and what is synced from them.
-- Times are UTC seconds since the epoch (BIGINT); an author's own UTC offset is kept beside
-- the time in minutes. Text and integer types only, so that the same file serves PostgreSQL.
-- Tokens are never stored here: they live in the OS keychain (see core/auth).

CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    provider TEXT NOT NULL,
    base_url TEXT NOT NULL DEFAULT '',
    login TEXT NOT NULL,
    display_name TEXT,
    scopes TEXT,
    connected_at BIGINT,
    last_sync_at BIGINT,
    last_error TEXT,
    UNIQUE (provider, base_url, login)
);

CREATE TABLE repos (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    full_name TEXT NOT NULL,
    owner TEXT NOT NULL,
    name TEXT NOT NULL,
    remote_id TEXT,
    is_private INTEGER NOT NULL DEFAULT 0,
    is_fork INTEGER NOT NULL DEFAULT 0,
    is_archived INTEGER NOT NULL DEFAULT 0,
    default_branch TEXT,
    description TEXT,
    created_at BIGINT,
    pushed_at BIGINT,
    UNIQUE (account_id, full_name)
);

CREATE TABLE commits (
    id INTEGER PRIMARY KEY,
    repo_id INTEGER NOT NULL REFERENCES repos (id) ON DELETE CASCADE,
    sha TEXT NOT NULL,
    author_login TEXT,
    author_name TEXT,
    author_email TEXT,
    authored_at BIGINT NOT NULL,
    authored_offset_minutes INTEGER NOT NULL DEFAULT 0,
    committer_login TEXT,
    committer_name TEXT,
    committer_email TEXT,
    committed_at BIGINT,
    additions INTEGER,
    deletions INTEGER,
    message TEXT NOT NULL DEFAULT '',
    UNIQUE (repo_id, sha)
);
CREATE INDEX commits_authored_at ON commits (authored_at);
CREATE INDEX commits_author_email ON commits (author_email);

CREATE TABLE pull_requests (
    id INTEGER PRIMARY KEY,
    repo_id INTEGER NOT NULL REFERENCES repos (id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    author_login TEXT,
    state TEXT NOT NULL,
    is_draft INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT,
    merged_at BIGINT,
    closed_at BIGINT,
    additions INTEGER,
    deletions INTEGER,
    commit_count INTEGER,
    changed_files INTEGER,
    head_ref TEXT,
    base_ref TEXT,
    UNIQUE (repo_id, number)
);
CREATE INDEX pull_requests_created_at ON pull_requests (created_at);

CREATE TABLE issues (
    id INTEGER PRIMARY KEY,
    repo_id INTEGER NOT NULL REFERENCES repos (id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    author_login TEXT,
    state TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT,
    closed_at BIGINT,
    comment_count INTEGER NOT NULL DEFAULT 0,
    labels TEXT NOT NULL DEFAULT '',
    UNIQUE (repo_id, number)
);
CREATE INDEX issues_created_at ON issues (created_at);

CREATE TABLE issue_events (
    id INTEGER PRIMARY KEY,
    repo_id INTEGER NOT NULL REFERENCES repos (id) ON DELETE CASCADE,
    remote_id TEXT NOT NULL,
    issue_number INTEGER NOT NULL,
    event TEXT NOT NULL,
    actor_login TEXT,
    created_at BIGINT NOT NULL,
    UNIQUE (repo_id, remote_id)
);

CREATE TABLE branches (
    id INTEGER PRIMARY KEY,
    repo_id INTEGER NOT NULL REFERENCES repos (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    head_sha TEXT,
    created_at BIGINT,
    first_seen_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    UNIQUE (repo_id, name)
);

CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    repo_id INTEGER NOT NULL REFERENCES repos (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    sha TEXT,
    tagged_at BIGINT,
    is_release INTEGER NOT NULL DEFAULT 0,
    first_seen_at BIGINT NOT NULL,
    UNIQUE (repo_id, name)
);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    remote_id TEXT NOT NULL,
    type TEXT NOT NULL,
    repo_full_name TEXT,
    created_at BIGINT NOT NULL,
    UNIQUE (account_id, remote_id)
);

CREATE TABLE activities (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    source_id TEXT NOT NULL,
    day TEXT NOT NULL,
    service TEXT NOT NULL,
    minutes INTEGER NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    UNIQUE (account_id, source_id)
);
CREATE INDEX activities_day ON activities (day);
