-- Schema version 17: what a repository's .mailmap says about its commit authors, as git
-- applies it: each author "name <email>" the repository's commits use that .mailmap changes,
-- and the person it makes of them. People and teams offers the groups as merges; nothing is
-- merged without the user.
CREATE TABLE mailmap_entries (
    repo_id INTEGER NOT NULL REFERENCES repos (id) ON DELETE CASCADE,
    alias_name TEXT NOT NULL,
    alias_email TEXT NOT NULL,
    canonical_name TEXT NOT NULL,
    canonical_email TEXT NOT NULL,
    PRIMARY KEY (repo_id, alias_name, alias_email)
);
