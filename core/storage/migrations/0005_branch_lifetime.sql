-- Schema version 5: a branch that disappears upstream keeps its row, marked with when a
-- sync first missed it, so branch trends can count creations and deletions over time.

ALTER TABLE branches ADD COLUMN deleted_at BIGINT;
