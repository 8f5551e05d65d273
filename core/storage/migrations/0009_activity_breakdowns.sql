-- Schema version 9: how a day of provider activity splits by another dimension (WakaTime's
-- languages). `activities` keeps the per-project minutes, so adding up activities never counts
-- a minute twice; this table is read on its own.
CREATE TABLE activity_breakdowns (
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    dimension TEXT NOT NULL,
    name TEXT NOT NULL,
    minutes INTEGER NOT NULL,
    PRIMARY KEY (account_id, day, dimension, name)
);
