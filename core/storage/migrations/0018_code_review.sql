-- Schema version 18: code review (issue 21). Each pull request's reviews and review requests
-- and the moment it was first marked ready for review, read with its pull request page.
-- A pull request's reviews are replaced whenever the pull request is read again (a review can
-- be dismissed or edited), so they need no update path of their own.
CREATE TABLE pull_request_reviews (
    repo_id INTEGER NOT NULL REFERENCES repos (id) ON DELETE CASCADE,
    pull_number INTEGER NOT NULL,
    remote_id TEXT NOT NULL,
    author_login TEXT,
    author_is_bot INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL,
    submitted_at BIGINT,
    PRIMARY KEY (repo_id, remote_id)
);
CREATE INDEX pull_request_reviews_pull ON pull_request_reviews (repo_id, pull_number);
CREATE TABLE pull_request_review_requests (
    repo_id INTEGER NOT NULL REFERENCES repos (id) ON DELETE CASCADE,
    pull_number INTEGER NOT NULL,
    reviewer TEXT NOT NULL,
    requested_at BIGINT NOT NULL,
    PRIMARY KEY (repo_id, pull_number, reviewer, requested_at)
);
ALTER TABLE pull_requests ADD COLUMN ready_at BIGINT;
ALTER TABLE pull_requests ADD COLUMN author_is_bot INTEGER NOT NULL DEFAULT 0;
-- Pull requests cached before this version were read without their reviews: the next sync
-- reads every pull request again (and does not skip a repository as unchanged).
DELETE FROM sync_cursors WHERE kind IN ('pull_requests', 'repo_state');
