CREATE TYPE "public"."event_kind" AS ENUM('webinar', 'seminar', 'workshop', 'masterclass', 'virtual_tour', 'study_visit', 'fair', 'meeting');--> statement-breakpoint
CREATE TYPE "public"."event_status" AS ENUM('draft', 'published', 'cancelled');--> statement-breakpoint
CREATE TABLE "event_checkins" (
	"scan_id" uuid PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"participation_id" uuid,
	"method" text NOT NULL,
	"scanned_at" timestamp with time zone NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" text
);
--> statement-breakpoint
CREATE TABLE "event_hosts" (
	"event_id" uuid NOT NULL,
	"producer_id" uuid NOT NULL,
	CONSTRAINT "event_hosts_event_id_producer_id_pk" PRIMARY KEY("event_id","producer_id")
);
--> statement-breakpoint
CREATE TABLE "event_messages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"audience" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"recipients" integer,
	"actor_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_registrations" (
	"participation_id" uuid PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"guests" integer DEFAULT 0 NOT NULL,
	"guest_names" text,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"consent_at" timestamp with time zone,
	"waitlisted_at" timestamp with time zone,
	"offer_expires_at" timestamp with time zone,
	"reminders_sent" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"walk_in" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_registrations_guests_ck" CHECK ("event_registrations"."guests" >= 0)
);
--> statement-breakpoint
CREATE TABLE "event_stops" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"at" timestamp with time zone,
	"producer_id" uuid,
	"sales_point_id" uuid,
	"place_id" uuid,
	"note" jsonb DEFAULT '{"lv":""}'::jsonb NOT NULL,
	CONSTRAINT "event_stops_one_target_ck" CHECK (num_nonnulls("event_stops"."producer_id", "event_stops"."sales_point_id", "event_stops"."place_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"project_id" uuid,
	"kind" "event_kind" NOT NULL,
	"status" "event_status" DEFAULT 'draft' NOT NULL,
	"title" jsonb NOT NULL,
	"summary" jsonb DEFAULT '{"lv":""}'::jsonb NOT NULL,
	"description" jsonb DEFAULT '{"lv":""}'::jsonb NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"time_zone" text DEFAULT 'Europe/Riga' NOT NULL,
	"online" boolean DEFAULT false NOT NULL,
	"join_url" text,
	"place_id" uuid,
	"venue_name" text,
	"address" text,
	"lat" double precision,
	"lng" double precision,
	"municipality_id" integer,
	"capacity" integer,
	"registration_opens_at" timestamp with time zone,
	"registration_closes_at" timestamp with time zone,
	"offer_hours" integer DEFAULT 48 NOT NULL,
	"reminder_hours" integer[] DEFAULT '{24,1}'::integer[] NOT NULL,
	"accessibility" jsonb DEFAULT '{"lv":""}'::jsonb NOT NULL,
	"languages" text[] DEFAULT '{lv}'::text[] NOT NULL,
	"questions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"consent_text" jsonb DEFAULT '{"lv":""}'::jsonb NOT NULL,
	"funder_fields" text[] DEFAULT '{}'::text[] NOT NULL,
	"materials" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"recording_url" text,
	"submission_id" uuid,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" text,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_slug_unique" UNIQUE("slug"),
	CONSTRAINT "events_submission_id_unique" UNIQUE("submission_id"),
	CONSTRAINT "events_dates_ck" CHECK ("events"."ends_at" >= "events"."starts_at"),
	CONSTRAINT "events_capacity_ck" CHECK ("events"."capacity" IS NULL OR "events"."capacity" >= 0)
);
--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "attachments" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "event_checkins" ADD CONSTRAINT "event_checkins_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_checkins" ADD CONSTRAINT "event_checkins_participation_id_participations_id_fk" FOREIGN KEY ("participation_id") REFERENCES "public"."participations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_hosts" ADD CONSTRAINT "event_hosts_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_hosts" ADD CONSTRAINT "event_hosts_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "public"."producers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_messages" ADD CONSTRAINT "event_messages_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_participation_id_participations_id_fk" FOREIGN KEY ("participation_id") REFERENCES "public"."participations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_stops" ADD CONSTRAINT "event_stops_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_stops" ADD CONSTRAINT "event_stops_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "public"."producers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_stops" ADD CONSTRAINT "event_stops_sales_point_id_sales_points_id_fk" FOREIGN KEY ("sales_point_id") REFERENCES "public"."sales_points"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_stops" ADD CONSTRAINT "event_stops_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_municipality_id_territories_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."territories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_checkins_event_idx" ON "event_checkins" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "event_hosts_producer_idx" ON "event_hosts" USING btree ("producer_id");--> statement-breakpoint
CREATE INDEX "event_messages_event_idx" ON "event_messages" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "event_registrations_event_idx" ON "event_registrations" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "event_stops_event_idx" ON "event_stops" USING btree ("event_id","position");--> statement-breakpoint
CREATE INDEX "event_stops_producer_idx" ON "event_stops" USING btree ("producer_id");--> statement-breakpoint
CREATE INDEX "event_stops_sales_point_idx" ON "event_stops" USING btree ("sales_point_id");--> statement-breakpoint
CREATE INDEX "event_stops_place_idx" ON "event_stops" USING btree ("place_id");--> statement-breakpoint
CREATE INDEX "events_calendar_idx" ON "events" USING btree ("status","starts_at");--> statement-breakpoint
CREATE INDEX "events_organisation_idx" ON "events" USING btree ("organisation_id","starts_at");--> statement-breakpoint
CREATE INDEX "events_project_idx" ON "events" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "events_municipality_idx" ON "events" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "events_place_idx" ON "events" USING btree ("place_id");