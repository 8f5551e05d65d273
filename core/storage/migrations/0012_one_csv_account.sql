-- Schema version 12: CSV activity is one account, its rows identified by their content.
-- Before, each imported file was an account named after its absolute path, so the same rows
-- from a copy of the file under another name were imported again. Now every import goes to
-- the account 'imported-activity' and the files it reads are kept as its sync cursors
-- ('file:<path>', for "Sync now"). Existing CSV accounts are folded into it: their rows
-- (already identified by content and occurrence) without duplicates, their files as cursors.
INSERT INTO accounts (provider, base_url, login, connected_at, last_sync_at)
SELECT 'csv', '', 'imported-activity',
       (SELECT min(connected_at) FROM accounts WHERE provider = 'csv'),
       (SELECT max(last_sync_at) FROM accounts WHERE provider = 'csv')
WHERE EXISTS (SELECT 1 FROM accounts WHERE provider = 'csv' AND login <> 'imported-activity');

INSERT INTO activities (account_id, source_id, day, service, minutes, title)
SELECT n.id, v.source_id, v.day, v.service, v.minutes, v.title
FROM activities v
JOIN accounts o ON o.id = v.account_id
JOIN accounts n ON n.provider = 'csv' AND n.login = 'imported-activity'
WHERE o.provider = 'csv' AND o.login <> 'imported-activity'
ON CONFLICT (account_id, source_id) DO NOTHING;

INSERT INTO sync_cursors (account_id, repo_id, kind)
SELECT n.id, 0, 'file:' || o.login
FROM accounts o
JOIN accounts n ON n.provider = 'csv' AND n.login = 'imported-activity'
WHERE o.provider = 'csv' AND o.login <> 'imported-activity'
ON CONFLICT (account_id, repo_id, kind) DO NOTHING;

DELETE FROM accounts WHERE provider = 'csv' AND login <> 'imported-activity';
