-- A confirmed import commits in batches (docs/decisions/009): how many of its planned rows are
-- committed, written in each batch's transaction, so a restarted job resumes after them; and when
-- it last resumed, for the admin's page.
ALTER TABLE "imports" ADD COLUMN "rows_written" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "resumed_at" timestamp with time zone;
