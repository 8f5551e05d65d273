-- Schema version 8: the search index of version 7 found the row to replace by its kind and
-- item id, columns FTS5 cannot index: every update scanned the whole index (100k commits
-- upserted took many minutes instead of seconds). Now each row's rowid is derived from the
-- item (id * 3 + 0 commit, 1 pull request, 2 issue), so replacing it is a key lookup.

DROP TRIGGER commits_search_insert;
DROP TRIGGER commits_search_update;
DROP TRIGGER commits_search_delete;
DROP TRIGGER pulls_search_insert;
DROP TRIGGER pulls_search_update;
DROP TRIGGER pulls_search_delete;
DROP TRIGGER issues_search_insert;
DROP TRIGGER issues_search_update;
DROP TRIGGER issues_search_delete;
DROP TABLE search_index;

CREATE VIRTUAL TABLE search_index USING fts5 (
    kind UNINDEXED,
    item_id UNINDEXED,
    text,
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO search_index (rowid, kind, item_id, text) SELECT id * 3, 'commit', id, message FROM commits;
INSERT INTO search_index (rowid, kind, item_id, text) SELECT id * 3 + 1, 'pull', id, title FROM pull_requests;
INSERT INTO search_index (rowid, kind, item_id, text) SELECT id * 3 + 2, 'issue', id, title FROM issues;

CREATE TRIGGER commits_search_insert AFTER INSERT ON commits BEGIN
    INSERT INTO search_index (rowid, kind, item_id, text) VALUES (new.id * 3, 'commit', new.id, new.message);
END;
CREATE TRIGGER commits_search_update AFTER UPDATE OF message ON commits WHEN new.message IS NOT old.message BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 3;
    INSERT INTO search_index (rowid, kind, item_id, text) VALUES (new.id * 3, 'commit', new.id, new.message);
END;
CREATE TRIGGER commits_search_delete AFTER DELETE ON commits BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 3;
END;

CREATE TRIGGER pulls_search_insert AFTER INSERT ON pull_requests BEGIN
    INSERT INTO search_index (rowid, kind, item_id, text) VALUES (new.id * 3 + 1, 'pull', new.id, new.title);
END;
CREATE TRIGGER pulls_search_update AFTER UPDATE OF title ON pull_requests WHEN new.title IS NOT old.title BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 3 + 1;
    INSERT INTO search_index (rowid, kind, item_id, text) VALUES (new.id * 3 + 1, 'pull', new.id, new.title);
END;
CREATE TRIGGER pulls_search_delete AFTER DELETE ON pull_requests BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 3 + 1;
END;

CREATE TRIGGER issues_search_insert AFTER INSERT ON issues BEGIN
    INSERT INTO search_index (rowid, kind, item_id, text) VALUES (new.id * 3 + 2, 'issue', new.id, new.title);
END;
CREATE TRIGGER issues_search_update AFTER UPDATE OF title ON issues WHEN new.title IS NOT old.title BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 3 + 2;
    INSERT INTO search_index (rowid, kind, item_id, text) VALUES (new.id * 3 + 2, 'issue', new.id, new.title);
END;
CREATE TRIGGER issues_search_delete AFTER DELETE ON issues BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 3 + 2;
END;
