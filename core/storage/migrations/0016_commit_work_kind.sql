-- Schema version 16: the kind of work of each commit (WorkKinds: "feat", "fix", ..., "merge",
-- "other"), read once from its message when it is written. Commits already cached get theirs
-- in the same migration, from C++ (Migrations::migrate), since the rules are not SQL.
ALTER TABLE commits ADD COLUMN work_kind TEXT;
CREATE INDEX commits_work_kind ON commits (work_kind);
