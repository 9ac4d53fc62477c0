CREATE TYPE "public"."application_status" AS ENUM('submitted', 'accepted', 'waitlisted', 'declined', 'withdrawn');
--> statement-breakpoint
CREATE TYPE "public"."cohort_status" AS ENUM('draft', 'published', 'cancelled');
--> statement-breakpoint
CREATE TYPE "public"."programme_kind" AS ENUM('mentoring', 'incubator', 'idea_lab', 'accelerator');
--> statement-breakpoint
CREATE TYPE "public"."programme_status" AS ENUM('draft', 'published', 'archived');
--> statement-breakpoint
CREATE TYPE "public"."checkin_due" AS ENUM('end', 'month6', 'month12');
--> statement-breakpoint
CREATE TYPE "public"."goal_kind" AS ENUM('goal', 'milestone');
--> statement-breakpoint
CREATE TYPE "public"."idea_status" AS ENUM('idea', 'registering', 'operating', 'stopped');
--> statement-breakpoint
CREATE TYPE "public"."match_status" AS ENUM('proposed', 'active', 'declined', 'completed', 'ended');
--> statement-breakpoint
CREATE TYPE "public"."session_format" AS ENUM('in_person', 'online', 'phone');
--> statement-breakpoint
CREATE TYPE "public"."plan_period" AS ENUM('day', 'week', 'month', 'year', 'once');
--> statement-breakpoint
CREATE TYPE "public"."visit_request_status" AS ENUM('new', 'answered', 'closed');
--> statement-breakpoint
CREATE TABLE "cohorts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"title" jsonb NOT NULL,
	"status" "cohort_status" DEFAULT 'draft' NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"applications_open_at" timestamp with time zone,
	"applications_close_at" timestamp with time zone,
	"capacity" integer,
	"eligibility" jsonb DEFAULT '{"lv":""}'::jsonb NOT NULL,
	"languages" text[] DEFAULT '{lv}'::text[] NOT NULL,
	"application_form" jsonb NOT NULL,
	"nudge_weeks" integer DEFAULT 3 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cohorts_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "mentors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"producer_id" uuid,
	"bio" jsonb DEFAULT '{"lv":""}'::jsonb NOT NULL,
	"sectors" text[] DEFAULT '{}'::text[] NOT NULL,
	"municipality_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"languages" text[] DEFAULT '{lv}'::text[] NOT NULL,
	"experience" text DEFAULT '' NOT NULL,
	"capacity" integer DEFAULT 2 NOT NULL,
	"availability" text DEFAULT '' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cohort_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"participation_id" uuid,
	"status" "application_status" DEFAULT 'submitted' NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"sectors" text[] DEFAULT '{}'::text[] NOT NULL,
	"municipality_id" integer,
	"languages" text[] DEFAULT '{lv}'::text[] NOT NULL,
	"needs" text DEFAULT '' NOT NULL,
	"consent_at" timestamp with time zone,
	"confirmed_at" timestamp with time zone,
	"decision_message" text,
	"decided_at" timestamp with time zone,
	"decided_by" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programmes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"project_id" uuid,
	"place_id" uuid,
	"slug" text NOT NULL,
	"kind" "programme_kind" NOT NULL,
	"status" "programme_status" DEFAULT 'draft' NOT NULL,
	"title" jsonb NOT NULL,
	"summary" jsonb DEFAULT '{"lv":""}'::jsonb NOT NULL,
	"description" jsonb DEFAULT '{"lv":""}'::jsonb NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"sort_key" text NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programmes_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "mentoring_goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"match_id" uuid NOT NULL,
	"kind" "goal_kind" DEFAULT 'goal' NOT NULL,
	"title" text NOT NULL,
	"due_on" date,
	"done_at" timestamp with time zone,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mentoring_matches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cohort_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"mentor_id" uuid NOT NULL,
	"status" "match_status" DEFAULT 'proposed' NOT NULL,
	"score" integer,
	"score_parts" jsonb,
	"overridden" boolean DEFAULT false NOT NULL,
	"mentee_accepted_at" timestamp with time zone,
	"mentor_accepted_at" timestamp with time zone,
	"started_on" date,
	"ended_on" date,
	"end_reason" text,
	"mentee_feedback" text,
	"mentor_feedback" text,
	"mentee_rating" integer,
	"mentor_rating" integer,
	"created_by" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mentoring_nudges" (
	"match_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mentoring_resources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"match_id" uuid NOT NULL,
	"title" text NOT NULL,
	"url" text,
	"storage_key" text,
	"file_name" text,
	"byte_size" integer,
	"added_by_person_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mentoring_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"match_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"minutes" integer NOT NULL,
	"format" "session_format" NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"next_step" text DEFAULT '' NOT NULL,
	"logged_by_person_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outcome_checkins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"due" "checkin_due" NOT NULL,
	"due_on" date NOT NULL,
	"sent_at" timestamp with time zone,
	"answered_at" timestamp with time zone,
	"idea_status" "idea_status",
	"company_registered" boolean,
	"registration_number" text,
	"social_enterprise" boolean,
	"jobs" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"fte" numeric(6, 2),
	"turnover_band" text,
	"producer_id" uuid,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"place_id" uuid,
	"title" jsonb NOT NULL,
	"phone" text NOT NULL,
	"email" text,
	"opening_hours" text DEFAULT '' NOT NULL,
	"municipality_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"region_id" integer,
	"languages" text[] DEFAULT '{lv}'::text[] NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "place_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb DEFAULT '{"lv":""}'::jsonb NOT NULL,
	"price_cents" integer,
	"period" "plan_period" DEFAULT 'month' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "place_residents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"person_id" uuid,
	"producer_id" uuid,
	"display_name" text NOT NULL,
	"activity" jsonb DEFAULT '{"lv":""}'::jsonb NOT NULL,
	"consent_at" timestamp with time zone,
	"since_on" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "place_visit_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"person_id" uuid,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"phone" text,
	"preferred_on" text,
	"message" text DEFAULT '' NOT NULL,
	"status" "visit_request_status" DEFAULT 'new' NOT NULL,
	"answered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cohorts" ADD CONSTRAINT "cohorts_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "mentors" ADD CONSTRAINT "mentors_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "mentors" ADD CONSTRAINT "mentors_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "mentors" ADD CONSTRAINT "mentors_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "public"."producers"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "programme_applications" ADD CONSTRAINT "programme_applications_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "programme_applications" ADD CONSTRAINT "programme_applications_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "programme_applications" ADD CONSTRAINT "programme_applications_participation_id_participations_id_fk" FOREIGN KEY ("participation_id") REFERENCES "public"."participations"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "programme_applications" ADD CONSTRAINT "programme_applications_municipality_id_territories_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."territories"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "mentoring_goals" ADD CONSTRAINT "mentoring_goals_match_id_mentoring_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "public"."mentoring_matches"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "mentoring_matches" ADD CONSTRAINT "mentoring_matches_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "mentoring_matches" ADD CONSTRAINT "mentoring_matches_application_id_programme_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."programme_applications"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "mentoring_matches" ADD CONSTRAINT "mentoring_matches_mentor_id_mentors_id_fk" FOREIGN KEY ("mentor_id") REFERENCES "public"."mentors"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "mentoring_nudges" ADD CONSTRAINT "mentoring_nudges_match_id_mentoring_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "public"."mentoring_matches"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "mentoring_resources" ADD CONSTRAINT "mentoring_resources_match_id_mentoring_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "public"."mentoring_matches"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "mentoring_resources" ADD CONSTRAINT "mentoring_resources_added_by_person_id_people_id_fk" FOREIGN KEY ("added_by_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "mentoring_sessions" ADD CONSTRAINT "mentoring_sessions_match_id_mentoring_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "public"."mentoring_matches"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "mentoring_sessions" ADD CONSTRAINT "mentoring_sessions_logged_by_person_id_people_id_fk" FOREIGN KEY ("logged_by_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "outcome_checkins" ADD CONSTRAINT "outcome_checkins_application_id_programme_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."programme_applications"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "outcome_checkins" ADD CONSTRAINT "outcome_checkins_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "public"."producers"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "consultation_lines" ADD CONSTRAINT "consultation_lines_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "consultation_lines" ADD CONSTRAINT "consultation_lines_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "consultation_lines" ADD CONSTRAINT "consultation_lines_region_id_territories_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."territories"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "place_plans" ADD CONSTRAINT "place_plans_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "place_residents" ADD CONSTRAINT "place_residents_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "place_residents" ADD CONSTRAINT "place_residents_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "place_residents" ADD CONSTRAINT "place_residents_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "public"."producers"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "place_visit_requests" ADD CONSTRAINT "place_visit_requests_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "place_visit_requests" ADD CONSTRAINT "place_visit_requests_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "cohorts_programme_idx" ON "cohorts" USING btree ("programme_id","starts_on");
--> statement-breakpoint
CREATE UNIQUE INDEX "mentors_person_uq" ON "mentors" USING btree ("organisation_id","person_id");
--> statement-breakpoint
CREATE UNIQUE INDEX "programme_applications_person_uq" ON "programme_applications" USING btree ("cohort_id","person_id");
--> statement-breakpoint
CREATE INDEX "programme_applications_status_idx" ON "programme_applications" USING btree ("cohort_id","status");
--> statement-breakpoint
CREATE INDEX "programmes_organisation_idx" ON "programmes" USING btree ("organisation_id","status");
--> statement-breakpoint
CREATE INDEX "mentoring_goals_match_idx" ON "mentoring_goals" USING btree ("match_id","position");
--> statement-breakpoint
CREATE UNIQUE INDEX "mentoring_matches_live_uq" ON "mentoring_matches" USING btree ("application_id") WHERE status IN ('proposed', 'active');
--> statement-breakpoint
CREATE INDEX "mentoring_matches_mentor_idx" ON "mentoring_matches" USING btree ("mentor_id","status");
--> statement-breakpoint
CREATE INDEX "mentoring_matches_cohort_idx" ON "mentoring_matches" USING btree ("cohort_id","status");
--> statement-breakpoint
CREATE UNIQUE INDEX "mentoring_nudges_uq" ON "mentoring_nudges" USING btree ("match_id","kind","key");
--> statement-breakpoint
CREATE INDEX "mentoring_resources_match_idx" ON "mentoring_resources" USING btree ("match_id");
--> statement-breakpoint
CREATE INDEX "mentoring_sessions_match_idx" ON "mentoring_sessions" USING btree ("match_id","held_on");
--> statement-breakpoint
CREATE UNIQUE INDEX "outcome_checkins_due_uq" ON "outcome_checkins" USING btree ("application_id","due");
--> statement-breakpoint
CREATE INDEX "outcome_checkins_due_idx" ON "outcome_checkins" USING btree ("due_on");
--> statement-breakpoint
CREATE INDEX "consultation_lines_organisation_idx" ON "consultation_lines" USING btree ("organisation_id","position");
--> statement-breakpoint
CREATE UNIQUE INDEX "consultation_lines_phone_uq" ON "consultation_lines" USING btree ("organisation_id","phone");
--> statement-breakpoint
CREATE INDEX "place_plans_place_idx" ON "place_plans" USING btree ("place_id","position");
--> statement-breakpoint
CREATE INDEX "place_residents_place_idx" ON "place_residents" USING btree ("place_id");
--> statement-breakpoint
CREATE INDEX "place_visit_requests_place_idx" ON "place_visit_requests" USING btree ("place_id","status");
