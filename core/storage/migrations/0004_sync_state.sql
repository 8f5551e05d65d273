-- Schema version 4: what lets a sync resume and ask only for what is new.

-- Where a sync stands per account, repo (0 for the account itself) and kind of item: a
-- watermark (newest time fully stored) and, mid-walk, the page cursor to continue from. Each
-- page is written in the same transaction as its cursor, so a killed sync resumes exactly.
CREATE TABLE sync_cursors (
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    repo_id INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL,
    watermark TEXT,
    page_cursor TEXT,
    walk_watermark TEXT,
    PRIMARY KEY (account_id, repo_id, kind)
);

-- The last answer per URL with its ETag, for conditional requests (a 304 costs no rate limit).
CREATE TABLE http_cache (
    url TEXT PRIMARY KEY,
    etag TEXT NOT NULL,
    body BLOB NOT NULL,
    stored_at BIGINT NOT NULL
);

-- Repos a user ticked on the Connections page besides their own (synced too).
ALTER TABLE repos ADD COLUMN is_selected INTEGER NOT NULL DEFAULT 1;
ALTER TABLE repos ADD COLUMN sync_error TEXT;
