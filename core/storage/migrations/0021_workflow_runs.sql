-- Schema version 21: GitHub Actions, and the change failure rate's settings (issue 21,
-- delivery). A repository without GitHub deployments often deploys with a workflow: its
-- workflows, and the finished runs of those that deliver (or that its user chose) on the
-- default branch or for a release. delivery_sources
-- gains the kind 'workflow' (value: the workflow's name).
CREATE TABLE workflows (
    repo_id INTEGER NOT NULL REFERENCES repos (id) ON DELETE CASCADE,
    remote_id TEXT NOT NULL,
    name TEXT NOT NULL,
    path TEXT NOT NULL,
    state TEXT,
    PRIMARY KEY (repo_id, remote_id)
);
CREATE TABLE workflow_runs (
    repo_id INTEGER NOT NULL REFERENCES repos (id) ON DELETE CASCADE,
    remote_id TEXT NOT NULL,
    workflow_id TEXT NOT NULL,
    head_sha TEXT,
    head_branch TEXT,
    event TEXT,
    -- success, failure, timed_out, startup_failure, cancelled, skipped, neutral, ...
    conclusion TEXT,
    created_at BIGINT NOT NULL,
    completed_at BIGINT,
    PRIMARY KEY (repo_id, remote_id)
);
CREATE INDEX workflow_runs_workflow ON workflow_runs (repo_id, workflow_id, created_at);
-- What the change failure rate looks for, chosen for the whole cache: 'failure_window_days'
-- (how long after a deployment a sign of failure counts) and 'incident_label' (the issue label
-- that marks an incident). Without a row, DeliveryMetrics' defaults (7 days, "incident").
CREATE TABLE delivery_settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
