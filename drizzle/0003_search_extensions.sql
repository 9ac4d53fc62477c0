-- Search (issue 3): trigram matching for typo correction and name substrings.
-- PGlite loads the module at open (src/lib/server/db/client.ts); PostgreSQL ships it in contrib.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
