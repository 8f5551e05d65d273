-- Schema version 3: what the Connections page shows about an account besides its name:
-- avatar, the rate limit last seen, and whether its token still works.

ALTER TABLE accounts ADD COLUMN avatar_url TEXT;
ALTER TABLE accounts ADD COLUMN rate_limit INTEGER;
ALTER TABLE accounts ADD COLUMN rate_limit_remaining INTEGER;
ALTER TABLE accounts ADD COLUMN rate_limit_reset_at BIGINT;
-- connected: a token is in the keychain and worked last time; needs_reauth: the provider
-- rejected it (401) or it is missing; signed_out: disconnected, cached data kept.
ALTER TABLE accounts ADD COLUMN auth_state TEXT NOT NULL DEFAULT 'connected'
    CHECK (auth_state IN ('connected', 'needs_reauth', 'signed_out'));
