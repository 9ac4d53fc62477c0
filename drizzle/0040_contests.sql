CREATE TABLE "contests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"project_id" uuid,
	"slug" text NOT NULL,
	"title" jsonb NOT NULL,
	"rules" jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"winners" integer DEFAULT 1 NOT NULL,
	"eligibility" text DEFAULT 'email' NOT NULL,
	"min_events" integer,
	"eligibility_project_id" uuid,
	"question" jsonb,
	"source_kind" text DEFAULT 'drand' NOT NULL,
	"drand_chain" text,
	"drand_round" integer,
	"beacon_randomness" text,
	"beacon_signature" text,
	"commitment" text,
	"secret" text,
	"secret_revealed_at" timestamp with time zone,
	"frozen_at" timestamp with time zone,
	"list_hash" text,
	"frozen_list" text,
	"entry_count" integer,
	"seed" text,
	"draw_order" jsonb,
	"drawn_at" timestamp with time zone,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contests_slug_unique" UNIQUE("slug"),
	CONSTRAINT "contests_status_check" CHECK ("status" IN ('draft', 'published')),
	CONSTRAINT "contests_eligibility_check" CHECK ("eligibility" IN ('email', 'attendance', 'question')),
	CONSTRAINT "contests_source_check" CHECK ("source_kind" IN ('drand', 'commit')),
	CONSTRAINT "contests_winners_check" CHECK ("winners" BETWEEN 1 AND 1000)
);
--> statement-breakpoint
CREATE TABLE "contest_prizes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contest_id" uuid NOT NULL,
	"producer_id" uuid,
	"title" jsonb NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contest_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contest_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"public_id" text NOT NULL,
	"answer" text,
	"municipality_id" integer,
	"confirmed_at" timestamp with time zone,
	"participation_id" uuid,
	"decision" text,
	"decided_at" timestamp with time zone,
	"consented_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contest_entries_public_uq" UNIQUE("contest_id","public_id"),
	CONSTRAINT "contest_entries_person_uq" UNIQUE("contest_id","person_id"),
	CONSTRAINT "contest_entries_decision_check" CHECK ("decision" IS NULL OR "decision" IN ('declined', 'ineligible'))
);
--> statement-breakpoint
CREATE TABLE "contest_draw_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contest_id" uuid NOT NULL,
	"action" text NOT NULL,
	"public_id" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"seq" serial NOT NULL
);
--> statement-breakpoint
ALTER TABLE "contests" ADD CONSTRAINT "contests_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "contests" ADD CONSTRAINT "contests_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "contests" ADD CONSTRAINT "contests_eligibility_project_id_projects_id_fk" FOREIGN KEY ("eligibility_project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "contest_prizes" ADD CONSTRAINT "contest_prizes_contest_id_contests_id_fk" FOREIGN KEY ("contest_id") REFERENCES "public"."contests"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "contest_prizes" ADD CONSTRAINT "contest_prizes_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "public"."producers"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "contest_entries" ADD CONSTRAINT "contest_entries_contest_id_contests_id_fk" FOREIGN KEY ("contest_id") REFERENCES "public"."contests"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "contest_entries" ADD CONSTRAINT "contest_entries_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "contest_entries" ADD CONSTRAINT "contest_entries_municipality_id_territories_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."territories"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "contest_draw_log" ADD CONSTRAINT "contest_draw_log_contest_id_contests_id_fk" FOREIGN KEY ("contest_id") REFERENCES "public"."contests"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "contests_organisation_idx" ON "contests" USING btree ("organisation_id");
--> statement-breakpoint
CREATE INDEX "contest_prizes_contest_idx" ON "contest_prizes" USING btree ("contest_id");
--> statement-breakpoint
CREATE INDEX "contest_prizes_producer_idx" ON "contest_prizes" USING btree ("producer_id");
--> statement-breakpoint
CREATE INDEX "contest_entries_person_idx" ON "contest_entries" USING btree ("person_id");
--> statement-breakpoint
CREATE INDEX "contest_draw_log_contest_idx" ON "contest_draw_log" USING btree ("contest_id","at");
