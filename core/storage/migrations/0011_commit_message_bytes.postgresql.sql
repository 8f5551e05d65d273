-- Schema version 11 (PostgreSQL): see 0011_commit_message_bytes.sql. PostgreSQL's text never
-- held a NUL, so there is nothing to carry over.
ALTER TABLE commits ADD COLUMN message_raw BYTEA;
