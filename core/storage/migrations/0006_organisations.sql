-- Schema version 6: the account's organisations. A ticked organisation has all its
-- repositories synced; repositories keep their own tick (repos.is_selected) besides.

CREATE TABLE orgs (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    login TEXT NOT NULL,
    description TEXT,
    is_selected INTEGER NOT NULL DEFAULT 0,
    UNIQUE (account_id, login)
);
