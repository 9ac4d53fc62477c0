-- Issue 11.1: no known signing secret in any mode. Without AUTH_SECRET the app generates one on first
-- start and keeps it with the data: a file (mode 600) in DATA_DIR for the embedded database, this
-- table for PostgreSQL outside production (production requires AUTH_SECRET).
CREATE TABLE "app_secrets" (
	"name" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
