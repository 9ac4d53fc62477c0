CREATE TYPE "public"."import_status" AS ENUM('previewed', 'queued', 'running', 'done', 'failed');--> statement-breakpoint
CREATE TABLE "imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"file_name" text NOT NULL,
	"file" "bytea" NOT NULL,
	"sheet" text,
	"as_status" text DEFAULT 'pending' NOT NULL,
	"status" "import_status" DEFAULT 'previewed' NOT NULL,
	"phase" text,
	"rows_total" integer DEFAULT 0 NOT NULL,
	"rows_done" integer DEFAULT 0 NOT NULL,
	"report" jsonb,
	"error" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
