-- Secrets the service makes for itself on first start and keeps across restarts, e.g. the key
-- from which each quote's access key is derived (see src/server/quote-keys.ts).
CREATE TABLE server_secrets (
  name text PRIMARY KEY,
  value text NOT NULL
);
