-- Issue 19: brokerage days — an event's 1:1 meeting booking (slots, participants' intros, meetings,
-- and one booking row per person and slot so the database itself refuses a double booking).
CREATE TABLE "brokerage_days" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"mode" text NOT NULL,
	"online_url" text,
	"table_count" integer,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "brokerage_days_window_check" CHECK ("closes_at" > "opens_at"),
	CONSTRAINT "brokerage_days_mode_check" CHECK (("mode" = 'online' AND "online_url" IS NOT NULL) OR ("mode" = 'tables' AND "table_count" >= 1))
);
--> statement-breakpoint
ALTER TABLE "brokerage_days" ADD CONSTRAINT "brokerage_days_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
CREATE TABLE "brokerage_slots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	CONSTRAINT "brokerage_slots_times_check" CHECK ("ends_at" > "starts_at")
);
--> statement-breakpoint
ALTER TABLE "brokerage_slots" ADD CONSTRAINT "brokerage_slots_event_id_brokerage_days_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."brokerage_days"("event_id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
CREATE UNIQUE INDEX "brokerage_slots_event_start_uq" ON "brokerage_slots" USING btree ("event_id","starts_at");
--> statement-breakpoint
CREATE TABLE "brokerage_participants" (
	"event_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"organisation_name" text,
	"intro" jsonb DEFAULT '{"lv":""}'::jsonb NOT NULL,
	"cooperation_profile_id" uuid,
	"opted_in" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "brokerage_participants_event_id_person_id_pk" PRIMARY KEY("event_id","person_id")
);
--> statement-breakpoint
ALTER TABLE "brokerage_participants" ADD CONSTRAINT "brokerage_participants_event_id_brokerage_days_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."brokerage_days"("event_id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "brokerage_participants" ADD CONSTRAINT "brokerage_participants_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "brokerage_participants" ADD CONSTRAINT "brokerage_participants_cooperation_profile_id_fk" FOREIGN KEY ("cooperation_profile_id") REFERENCES "public"."cooperation_profiles"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "brokerage_participants_person_idx" ON "brokerage_participants" USING btree ("person_id");
--> statement-breakpoint
CREATE TABLE "brokerage_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"slot_id" uuid NOT NULL,
	"requester_person_id" uuid NOT NULL,
	"invitee_person_id" uuid NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"message" text,
	"table_number" integer,
	"online_url" text,
	"responded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "brokerage_meetings_status_check" CHECK ("status" IN ('requested', 'accepted', 'declined', 'cancelled')),
	CONSTRAINT "brokerage_meetings_two_people_check" CHECK ("requester_person_id" <> "invitee_person_id")
);
--> statement-breakpoint
ALTER TABLE "brokerage_meetings" ADD CONSTRAINT "brokerage_meetings_event_id_brokerage_days_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."brokerage_days"("event_id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "brokerage_meetings" ADD CONSTRAINT "brokerage_meetings_slot_id_brokerage_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."brokerage_slots"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "brokerage_meetings" ADD CONSTRAINT "brokerage_meetings_requester_person_id_people_id_fk" FOREIGN KEY ("requester_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "brokerage_meetings" ADD CONSTRAINT "brokerage_meetings_invitee_person_id_people_id_fk" FOREIGN KEY ("invitee_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "brokerage_meetings_event_idx" ON "brokerage_meetings" USING btree ("event_id","slot_id");
--> statement-breakpoint
CREATE INDEX "brokerage_meetings_requester_idx" ON "brokerage_meetings" USING btree ("requester_person_id");
--> statement-breakpoint
CREATE INDEX "brokerage_meetings_invitee_idx" ON "brokerage_meetings" USING btree ("invitee_person_id");
--> statement-breakpoint
CREATE UNIQUE INDEX "brokerage_meetings_table_uq" ON "brokerage_meetings" USING btree ("slot_id","table_number") WHERE status = 'accepted' AND table_number IS NOT NULL;
--> statement-breakpoint
CREATE TABLE "brokerage_bookings" (
	"slot_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	CONSTRAINT "brokerage_bookings_slot_id_person_id_pk" PRIMARY KEY("slot_id","person_id")
);
--> statement-breakpoint
ALTER TABLE "brokerage_bookings" ADD CONSTRAINT "brokerage_bookings_slot_id_brokerage_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."brokerage_slots"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "brokerage_bookings" ADD CONSTRAINT "brokerage_bookings_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "brokerage_bookings" ADD CONSTRAINT "brokerage_bookings_meeting_id_brokerage_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."brokerage_meetings"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "brokerage_bookings_meeting_idx" ON "brokerage_bookings" USING btree ("meeting_id");
--> statement-breakpoint
CREATE INDEX "brokerage_bookings_person_idx" ON "brokerage_bookings" USING btree ("person_id");
