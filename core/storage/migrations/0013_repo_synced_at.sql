-- Schema version 13: when each repository's last complete sync ended (UTC seconds; NULL:
-- never), for `devpulse repos list` and the repository picker ("last synced").
ALTER TABLE repos ADD COLUMN synced_at BIGINT;
