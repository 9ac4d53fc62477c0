CREATE TYPE "public"."survey_status" AS ENUM('draft', 'open', 'closed');--> statement-breakpoint
CREATE TYPE "public"."survey_mode" AS ENUM('anonymous', 'identified');--> statement-breakpoint
CREATE TYPE "public"."survey_audience" AS ENUM('link', 'event_attendees', 'project');--> statement-breakpoint
CREATE TYPE "public"."survey_invitation_status" AS ENUM('invited', 'reminded', 'responded', 'bounced');--> statement-breakpoint
CREATE TYPE "public"."survey_response_state" AS ENUM('in_progress', 'submitted');--> statement-breakpoint
CREATE TABLE "surveys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL REFERENCES "organisations"("id") ON DELETE cascade,
	"project_id" uuid REFERENCES "projects"("id") ON DELETE set null,
	"event_id" uuid REFERENCES "events"("id") ON DELETE set null,
	"slug" text NOT NULL,
	"title" jsonb NOT NULL,
	"intro" jsonb DEFAULT '{"lv":""}'::jsonb NOT NULL,
	"audience" "survey_audience" DEFAULT 'link' NOT NULL,
	"mode" "survey_mode" DEFAULT 'anonymous' NOT NULL,
	"status" "survey_status" DEFAULT 'draft' NOT NULL,
	"current_version" integer DEFAULT 1 NOT NULL,
	"closes_at" timestamp with time zone,
	"results_published_at" timestamp with time zone,
	"is_demo" boolean DEFAULT false NOT NULL,
	"sort_key" text NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "surveys_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE INDEX "surveys_organisation_idx" ON "surveys" USING btree ("organisation_id","status");--> statement-breakpoint
CREATE INDEX "surveys_event_idx" ON "surveys" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "surveys_project_idx" ON "surveys" USING btree ("project_id");--> statement-breakpoint
CREATE TABLE "survey_versions" (
	"survey_id" uuid NOT NULL REFERENCES "surveys"("id") ON DELETE cascade,
	"version" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_versions_survey_id_version_pk" PRIMARY KEY("survey_id","version")
);
--> statement-breakpoint
CREATE TABLE "survey_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"survey_id" uuid NOT NULL REFERENCES "surveys"("id") ON DELETE cascade,
	"person_id" uuid NOT NULL REFERENCES "people"("id") ON DELETE cascade,
	"token_hash" text NOT NULL,
	"status" "survey_invitation_status" DEFAULT 'invited' NOT NULL,
	"invited_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reminded_at" timestamp with time zone,
	"responded_on" date,
	"bounced_at" timestamp with time zone,
	CONSTRAINT "survey_invitations_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "survey_invitations_person_uq" ON "survey_invitations" USING btree ("survey_id","person_id");--> statement-breakpoint
CREATE INDEX "survey_invitations_status_idx" ON "survey_invitations" USING btree ("survey_id","status");--> statement-breakpoint
CREATE TABLE "survey_respondents" (
	"survey_id" uuid NOT NULL REFERENCES "surveys"("id") ON DELETE cascade,
	"person_id" uuid NOT NULL REFERENCES "people"("id") ON DELETE cascade,
	"responded_on" date NOT NULL,
	CONSTRAINT "survey_respondents_survey_id_person_id_pk" PRIMARY KEY("survey_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"survey_id" uuid NOT NULL REFERENCES "surveys"("id") ON DELETE cascade,
	"version" integer NOT NULL,
	"person_id" uuid REFERENCES "people"("id") ON DELETE set null,
	"state" "survey_response_state" DEFAULT 'in_progress' NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"attributes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"resume_token_hash" text,
	"language" text DEFAULT 'lv' NOT NULL,
	"started_on" date NOT NULL,
	"submitted_on" date,
	"is_demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE INDEX "survey_responses_survey_idx" ON "survey_responses" USING btree ("survey_id","state");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_responses_resume_uq" ON "survey_responses" USING btree ("resume_token_hash") WHERE resume_token_hash IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "survey_responses_person_uq" ON "survey_responses" USING btree ("survey_id","person_id") WHERE person_id IS NOT NULL;--> statement-breakpoint
CREATE TABLE "survey_quotes" (
	"survey_id" uuid NOT NULL REFERENCES "surveys"("id") ON DELETE cascade,
	"response_id" uuid NOT NULL REFERENCES "survey_responses"("id") ON DELETE cascade,
	"question_id" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "survey_quotes_survey_id_response_id_question_id_pk" PRIMARY KEY("survey_id","response_id","question_id")
);
