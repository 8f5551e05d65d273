-- Schema version 20: what counts as a deployment to production in a repository, when its user
-- chose (without a row, DeliveryMetrics chooses from what the repository has). kind is
-- 'environment' (value: the environment's name), 'releases' or 'tags' (value: a wildcard
-- pattern such as v*, empty for every tag).
CREATE TABLE delivery_sources (
    repo_id INTEGER PRIMARY KEY REFERENCES repos (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    value TEXT NOT NULL DEFAULT ''
);
