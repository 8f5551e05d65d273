-- Schema version 7 on PostgreSQL: full-text search with PostgreSQL's own text search instead
-- of SQLite's FTS5 (see 0007_search_index.sql). Already in the shape SQLite reached in
-- version 8: one row per item, its key derived from the item (id * 3 + 0 commit, 1 pull
-- request, 2 issue). The 'simple' configuration neither stems nor drops stop words, like
-- FTS5's unicode61; accents of Latin letters are folded by search_fold (the unaccent
-- extension would need rights on the server that a team database may not grant), and
-- DevPulse folds the words searched for the same way (SqlDialect::textSearchQuery).
-- One trigger function for the three tables: its arguments are the kind's offset, the kind
-- and the column holding the text.

CREATE FUNCTION search_fold(value TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT translate(value, 'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽž', 'AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaCcCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZz')
$$;

CREATE TABLE search_index (
    rowid BIGINT PRIMARY KEY,
    kind TEXT NOT NULL,
    item_id BIGINT NOT NULL,
    text TEXT NOT NULL,
    document tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_fold(text))) STORED
);
CREATE INDEX search_index_document ON search_index USING GIN (document);

INSERT INTO search_index (rowid, kind, item_id, text) SELECT id * 3, 'commit', id, message FROM commits;
INSERT INTO search_index (rowid, kind, item_id, text) SELECT id * 3 + 1, 'pull', id, title FROM pull_requests;
INSERT INTO search_index (rowid, kind, item_id, text) SELECT id * 3 + 2, 'issue', id, title FROM issues;

CREATE FUNCTION search_index_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM search_index WHERE rowid = OLD.id * 3 + TG_ARGV[0]::int;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO search_index (rowid, kind, item_id, text)
        VALUES (NEW.id * 3 + TG_ARGV[0]::int, TG_ARGV[1], NEW.id,
                COALESCE(to_jsonb(NEW) ->> TG_ARGV[2], ''));
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER commits_search_insert_delete AFTER INSERT OR DELETE ON commits
    FOR EACH ROW EXECUTE FUNCTION search_index_follow('0', 'commit', 'message');
CREATE TRIGGER commits_search_update AFTER UPDATE OF message ON commits
    FOR EACH ROW WHEN (NEW.message IS DISTINCT FROM OLD.message)
    EXECUTE FUNCTION search_index_follow('0', 'commit', 'message');

CREATE TRIGGER pulls_search_insert_delete AFTER INSERT OR DELETE ON pull_requests
    FOR EACH ROW EXECUTE FUNCTION search_index_follow('1', 'pull', 'title');
CREATE TRIGGER pulls_search_update AFTER UPDATE OF title ON pull_requests
    FOR EACH ROW WHEN (NEW.title IS DISTINCT FROM OLD.title)
    EXECUTE FUNCTION search_index_follow('1', 'pull', 'title');

CREATE TRIGGER issues_search_insert_delete AFTER INSERT OR DELETE ON issues
    FOR EACH ROW EXECUTE FUNCTION search_index_follow('2', 'issue', 'title');
CREATE TRIGGER issues_search_update AFTER UPDATE OF title ON issues
    FOR EACH ROW WHEN (NEW.title IS DISTINCT FROM OLD.title)
    EXECUTE FUNCTION search_index_follow('2', 'issue', 'title');
