CREATE TYPE "public"."revision_entity_type" AS ENUM('producer', 'product', 'sales_point', 'place');--> statement-breakpoint
CREATE TYPE "public"."revision_source" AS ENUM('suggestion', 'owner', 'moderator', 'import');--> statement-breakpoint
CREATE TYPE "public"."revision_status" AS ENUM('unconfirmed', 'pending', 'published', 'rejected', 'changes_requested', 'archived');--> statement-breakpoint
CREATE TABLE "revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_type" "revision_entity_type" NOT NULL,
	"entity_id" uuid NOT NULL,
	"base_version" integer NOT NULL,
	"proposed" jsonb NOT NULL,
	"changed_fields" text[] NOT NULL,
	"is_new" boolean DEFAULT false NOT NULL,
	"source" "revision_source" NOT NULL,
	"status" "revision_status" DEFAULT 'pending' NOT NULL,
	"note" text,
	"reason" text,
	"author_user_id" text,
	"author_email" text,
	"author_locale" text DEFAULT 'lv' NOT NULL,
	"municipality_id" integer,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone,
	"confirm_token_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"queued_at" timestamp with time zone,
	CONSTRAINT "revisions_confirm_token_hash_unique" UNIQUE("confirm_token_hash")
);
--> statement-breakpoint
ALTER TABLE "producers" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "sales_points" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "places" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE INDEX "revisions_status_queued_idx" ON "revisions" USING btree ("status","queued_at");--> statement-breakpoint
CREATE INDEX "revisions_entity_idx" ON "revisions" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "revisions_municipality_idx" ON "revisions" USING btree ("municipality_id");