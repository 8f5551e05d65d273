-- Schema version 10: teams, user-defined groups of people for the dashboard's People filter.
-- A member is a person key as the metrics see it: a merged identity ("#<identity id>") or a
-- commit's login, else email, else name (a pull request's or issue's login).

CREATE TABLE teams (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);

CREATE TABLE team_members (
    team_id INTEGER NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    person_key TEXT NOT NULL,
    PRIMARY KEY (team_id, person_key)
);
