-- Schema version 7: full-text search over commit messages and pull request and issue titles
-- (SQLite FTS5; a PostgreSQL cache will use its own text search). Triggers keep the index in
-- step with the tables, so no code path can forget it.

CREATE VIRTUAL TABLE search_index USING fts5 (
    kind UNINDEXED,
    item_id UNINDEXED,
    text,
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO search_index (kind, item_id, text) SELECT 'commit', id, message FROM commits;
INSERT INTO search_index (kind, item_id, text) SELECT 'pull', id, title FROM pull_requests;
INSERT INTO search_index (kind, item_id, text) SELECT 'issue', id, title FROM issues;

CREATE TRIGGER commits_search_insert AFTER INSERT ON commits BEGIN
    INSERT INTO search_index (kind, item_id, text) VALUES ('commit', new.id, new.message);
END;
CREATE TRIGGER commits_search_update AFTER UPDATE OF message ON commits BEGIN
    DELETE FROM search_index WHERE kind = 'commit' AND item_id = old.id;
    INSERT INTO search_index (kind, item_id, text) VALUES ('commit', new.id, new.message);
END;
CREATE TRIGGER commits_search_delete AFTER DELETE ON commits BEGIN
    DELETE FROM search_index WHERE kind = 'commit' AND item_id = old.id;
END;

CREATE TRIGGER pulls_search_insert AFTER INSERT ON pull_requests BEGIN
    INSERT INTO search_index (kind, item_id, text) VALUES ('pull', new.id, new.title);
END;
CREATE TRIGGER pulls_search_update AFTER UPDATE OF title ON pull_requests BEGIN
    DELETE FROM search_index WHERE kind = 'pull' AND item_id = old.id;
    INSERT INTO search_index (kind, item_id, text) VALUES ('pull', new.id, new.title);
END;
CREATE TRIGGER pulls_search_delete AFTER DELETE ON pull_requests BEGIN
    DELETE FROM search_index WHERE kind = 'pull' AND item_id = old.id;
END;

CREATE TRIGGER issues_search_insert AFTER INSERT ON issues BEGIN
    INSERT INTO search_index (kind, item_id, text) VALUES ('issue', new.id, new.title);
END;
CREATE TRIGGER issues_search_update AFTER UPDATE OF title ON issues BEGIN
    DELETE FROM search_index WHERE kind = 'issue' AND item_id = old.id;
    INSERT INTO search_index (kind, item_id, text) VALUES ('issue', new.id, new.title);
END;
CREATE TRIGGER issues_search_delete AFTER DELETE ON issues BEGIN
    DELETE FROM search_index WHERE kind = 'issue' AND item_id = old.id;
END;
