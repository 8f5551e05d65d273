-- Schema version 15: rows written are indexed for search once per write transaction, not by
-- a trigger per row. FTS5 writes its pending index to disk at every statement savepoint of a
-- transaction it takes part in, so a trigger per row wrote a tiny index segment for every
-- commit (a GitHub first sync spent 40% of its time there). Triggers now only note which
-- items need indexing; SearchIndex::indexPending moves them into search_index in one
-- statement per kind, before each commit of a transaction and before a search. (Not INSERT
-- OR IGNORE: an upsert's own conflict clause overrides its triggers'.)

CREATE TABLE search_pending (
    item_key INTEGER PRIMARY KEY -- search_index's rowid: id * 3 + 0 commit, 1 pull, 2 issue
);

DROP TRIGGER commits_search_insert;
DROP TRIGGER commits_search_update;
DROP TRIGGER commits_search_delete;
DROP TRIGGER pulls_search_insert;
DROP TRIGGER pulls_search_update;
DROP TRIGGER pulls_search_delete;
DROP TRIGGER issues_search_insert;
DROP TRIGGER issues_search_update;
DROP TRIGGER issues_search_delete;

CREATE TRIGGER commits_search_insert AFTER INSERT ON commits BEGIN
    INSERT INTO search_pending (item_key) SELECT new.id * 3 WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE item_key = new.id * 3);
END;
CREATE TRIGGER commits_search_update AFTER UPDATE OF message ON commits WHEN new.message IS NOT old.message BEGIN
    INSERT INTO search_pending (item_key) SELECT new.id * 3 WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE item_key = new.id * 3);
END;
CREATE TRIGGER commits_search_delete AFTER DELETE ON commits BEGIN
    DELETE FROM search_pending WHERE item_key = old.id * 3;
    DELETE FROM search_index WHERE rowid = old.id * 3;
END;

CREATE TRIGGER pulls_search_insert AFTER INSERT ON pull_requests BEGIN
    INSERT INTO search_pending (item_key) SELECT new.id * 3 + 1 WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE item_key = new.id * 3 + 1);
END;
CREATE TRIGGER pulls_search_update AFTER UPDATE OF title ON pull_requests WHEN new.title IS NOT old.title BEGIN
    INSERT INTO search_pending (item_key) SELECT new.id * 3 + 1 WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE item_key = new.id * 3 + 1);
END;
CREATE TRIGGER pulls_search_delete AFTER DELETE ON pull_requests BEGIN
    DELETE FROM search_pending WHERE item_key = old.id * 3 + 1;
    DELETE FROM search_index WHERE rowid = old.id * 3 + 1;
END;

CREATE TRIGGER issues_search_insert AFTER INSERT ON issues BEGIN
    INSERT INTO search_pending (item_key) SELECT new.id * 3 + 2 WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE item_key = new.id * 3 + 2);
END;
CREATE TRIGGER issues_search_update AFTER UPDATE OF title ON issues WHEN new.title IS NOT old.title BEGIN
    INSERT INTO search_pending (item_key) SELECT new.id * 3 + 2 WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE item_key = new.id * 3 + 2);
END;
CREATE TRIGGER issues_search_delete AFTER DELETE ON issues BEGIN
    DELETE FROM search_pending WHERE item_key = old.id * 3 + 2;
    DELETE FROM search_index WHERE rowid = old.id * 3 + 2;
END;
