-- Schema version 22: an account's first sync into a small cache drops the secondary indexes of
-- commits, pull requests and issues and builds them again when it ends (issue 20, item 8:
-- sorting once is a fraction of keeping them in order row by row). Their definitions wait here
-- meanwhile, with the account whose sync dropped them: a sync killed in between leaves them,
-- and the next sync of any account builds them (BulkLoad).
CREATE TABLE deferred_indexes (
    name TEXT PRIMARY KEY,
    account_id INTEGER NOT NULL,
    definition TEXT NOT NULL
);
