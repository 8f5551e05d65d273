-- Schema version 14: GitHub's global id of each repository ("R_kgDO…", the REST answer's
-- node_id), so that one GraphQL query can ask up to 100 repositories whether anything changed
-- (nodes(ids: …)) before a sync reads any of them.
ALTER TABLE repos ADD COLUMN node_id TEXT;

-- Caches from before: the repository lists would keep answering 304 from their ETags, so the
-- ids would never arrive. Forget those lists' ETags: the next sync reads them once in full.
DELETE FROM http_cache WHERE url LIKE '%/user/repos%' OR url LIKE '%/orgs/%/repos%';
