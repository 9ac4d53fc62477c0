-- Regional insight (issue 20, decision 007): the search log keeps few-result searches with a need key,
-- category and a daily-salted dedupe key; a weekly roll-up; marks, subscriptions, the public opt-in;
-- interviews, their files, the needs taxonomy and codings.
CREATE TYPE "public"."interview_consent" AS ENUM('written', 'oral');--> statement-breakpoint
CREATE TYPE "public"."interview_text_status" AS ENUM('ready', 'extracting', 'failed');--> statement-breakpoint
CREATE TYPE "public"."need_mark_status" AS ENUM('known', 'addressed');--> statement-breakpoint
CREATE TYPE "public"."respondent_type" AS ENUM('resident', 'entrepreneur', 'ngo', 'municipality', 'state_body');--> statement-breakpoint
CREATE TABLE "demand_marks" (
	"organisation_id" uuid NOT NULL,
	"need_key" text NOT NULL,
	"status" "need_mark_status" NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "demand_marks_organisation_id_need_key_pk" PRIMARY KEY("organisation_id","need_key")
);
--> statement-breakpoint
CREATE TABLE "demand_publications" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"published_by" text,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "demand_rollup_state" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"rolled_until" date
);
--> statement-breakpoint
CREATE TABLE "demand_subscriptions" (
	"organisation_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"last_sent_week" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "demand_subscriptions_organisation_id_user_id_pk" PRIMARY KEY("organisation_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "demand_weekly" (
	"week" date NOT NULL,
	"need_key" text NOT NULL,
	"municipality_id" integer,
	"category_id" integer,
	"searches" integer NOT NULL,
	"zero_results" integer NOT NULL,
	"label" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interview_codings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"interview_id" uuid NOT NULL,
	"code_id" uuid NOT NULL,
	"coder_id" text NOT NULL,
	"start_offset" integer NOT NULL,
	"end_offset" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interview_codings_uq" UNIQUE("interview_id","code_id","coder_id","start_offset","end_offset"),
	CONSTRAINT "interview_codings_range_ck" CHECK ("interview_codings"."start_offset" >= 0 AND "interview_codings"."start_offset" < "interview_codings"."end_offset")
);
--> statement-breakpoint
CREATE TABLE "interview_files" (
	"interview_id" uuid PRIMARY KEY NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"error" text
);
--> statement-breakpoint
CREATE TABLE "interviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"respondent_type" "respondent_type" NOT NULL,
	"municipality_id" integer,
	"held_on" date NOT NULL,
	"consent" "interview_consent" NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"text_status" "interview_text_status" DEFAULT 'ready' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "need_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"parent_id" uuid,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"sort_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "need_codes_name_uq" UNIQUE NULLS NOT DISTINCT("organisation_id","parent_id","name")
);
--> statement-breakpoint
CREATE TABLE "search_log_salts" (
	"day" date PRIMARY KEY NOT NULL,
	"salt" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "search_misses" ADD COLUMN "result_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "search_misses" ADD COLUMN "need_key" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "search_misses" ADD COLUMN "need_label" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "search_misses" ADD COLUMN "category_id" integer;--> statement-breakpoint
ALTER TABLE "search_misses" ADD COLUMN "dedupe_key" text;--> statement-breakpoint
ALTER TABLE "search_misses" ADD COLUMN "is_demo" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "demand_marks" ADD CONSTRAINT "demand_marks_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demand_marks" ADD CONSTRAINT "demand_marks_updated_by_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demand_publications" ADD CONSTRAINT "demand_publications_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demand_publications" ADD CONSTRAINT "demand_publications_published_by_user_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demand_subscriptions" ADD CONSTRAINT "demand_subscriptions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demand_subscriptions" ADD CONSTRAINT "demand_subscriptions_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demand_weekly" ADD CONSTRAINT "demand_weekly_municipality_id_territories_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."territories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demand_weekly" ADD CONSTRAINT "demand_weekly_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_codings" ADD CONSTRAINT "interview_codings_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_codings" ADD CONSTRAINT "interview_codings_code_id_need_codes_id_fk" FOREIGN KEY ("code_id") REFERENCES "public"."need_codes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_codings" ADD CONSTRAINT "interview_codings_coder_id_user_id_fk" FOREIGN KEY ("coder_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_files" ADD CONSTRAINT "interview_files_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_municipality_id_territories_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."territories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_codes" ADD CONSTRAINT "need_codes_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_codes" ADD CONSTRAINT "need_codes_parent_id_need_codes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."need_codes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "demand_subscriptions_user_idx" ON "demand_subscriptions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "demand_weekly_week_idx" ON "demand_weekly" USING btree ("week");--> statement-breakpoint
CREATE INDEX "demand_weekly_municipality_idx" ON "demand_weekly" USING btree ("municipality_id","week");--> statement-breakpoint
CREATE INDEX "demand_weekly_need_idx" ON "demand_weekly" USING btree ("need_key");--> statement-breakpoint
CREATE INDEX "interview_codings_interview_idx" ON "interview_codings" USING btree ("interview_id");--> statement-breakpoint
CREATE INDEX "interview_codings_code_idx" ON "interview_codings" USING btree ("code_id");--> statement-breakpoint
CREATE INDEX "interviews_organisation_idx" ON "interviews" USING btree ("organisation_id","held_on");--> statement-breakpoint
CREATE INDEX "need_codes_organisation_idx" ON "need_codes" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "search_misses_dedupe_uq" ON "search_misses" USING btree ("day","dedupe_key") WHERE dedupe_key IS NOT NULL;--> statement-breakpoint
CREATE INDEX "search_misses_demo_idx" ON "search_misses" USING btree ("day") WHERE is_demo;
