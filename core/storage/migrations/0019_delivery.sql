-- Schema version 19: delivery (issue 21, the DORA keys). GitHub releases and deployments of
-- each repository, and each commit's parents (the history's shape: which commits a
-- deployment contains). Commits cached before this version have no parents recorded (NULL).
CREATE TABLE releases (
    repo_id INTEGER NOT NULL REFERENCES repos (id) ON DELETE CASCADE,
    remote_id TEXT NOT NULL,
    tag_name TEXT NOT NULL,
    name TEXT,
    is_draft INTEGER NOT NULL DEFAULT 0,
    is_prerelease INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    published_at BIGINT,
    commit_sha TEXT,
    PRIMARY KEY (repo_id, remote_id)
);
CREATE TABLE deployments (
    repo_id INTEGER NOT NULL REFERENCES repos (id) ON DELETE CASCADE,
    remote_id TEXT NOT NULL,
    environment TEXT NOT NULL,
    commit_sha TEXT,
    created_at BIGINT NOT NULL,
    -- The latest status GitHub reports (SUCCESS, FAILURE, ERROR, INACTIVE, IN_PROGRESS, ...),
    -- and when it was set; NULL while there is none.
    status TEXT,
    status_at BIGINT,
    PRIMARY KEY (repo_id, remote_id)
);
CREATE INDEX deployments_environment ON deployments (repo_id, environment, created_at);
ALTER TABLE commits ADD COLUMN parent_shas TEXT;
