-- Issue 19: cooperation profiles (offers and requests), suggested matches, interest → acceptance →
-- contacts, the thread between the two sides, outcomes counted in impact reports, digest opt-outs.
CREATE TABLE "cooperation_profiles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"producer_id" uuid,
	"organisation_id" uuid,
	"created_by_user_id" text,
	"direction" text NOT NULL,
	"kind" text NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"countries" text[] DEFAULT '{}'::text[] NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"contact_name" text,
	"contact_email" text,
	"contact_phone" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"rejection_reason" text,
	"reviewed_by_user_id" text,
	"reviewed_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"renewal_reminded_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cooperation_profiles_slug_unique" UNIQUE("slug"),
	CONSTRAINT "cooperation_profiles_owner_check" CHECK (("producer_id" IS NULL) <> ("organisation_id" IS NULL)),
	CONSTRAINT "cooperation_profiles_direction_check" CHECK ("direction" IN ('offer', 'request')),
	CONSTRAINT "cooperation_profiles_kind_check" CHECK ("kind" IN ('distribution', 'sourcing', 'joint_venture', 'subcontracting', 'tourism_package', 'know_how', 'municipal_partnership', 'project_partner')),
	CONSTRAINT "cooperation_profiles_status_check" CHECK ("status" IN ('draft', 'pending', 'published', 'rejected', 'expired', 'withdrawn'))
);
--> statement-breakpoint
ALTER TABLE "cooperation_profiles" ADD CONSTRAINT "cooperation_profiles_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "public"."producers"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "cooperation_profiles" ADD CONSTRAINT "cooperation_profiles_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "cooperation_profiles_status_idx" ON "cooperation_profiles" USING btree ("status","published_at");
--> statement-breakpoint
CREATE INDEX "cooperation_profiles_producer_idx" ON "cooperation_profiles" USING btree ("producer_id");
--> statement-breakpoint
CREATE INDEX "cooperation_profiles_organisation_idx" ON "cooperation_profiles" USING btree ("organisation_id");
--> statement-breakpoint
CREATE TABLE "cooperation_profile_categories" (
	"profile_id" uuid NOT NULL,
	"category_id" integer NOT NULL,
	CONSTRAINT "cooperation_profile_categories_profile_id_category_id_pk" PRIMARY KEY("profile_id","category_id")
);
--> statement-breakpoint
ALTER TABLE "cooperation_profile_categories" ADD CONSTRAINT "cooperation_profile_categories_profile_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."cooperation_profiles"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "cooperation_profile_categories" ADD CONSTRAINT "cooperation_profile_categories_category_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "cooperation_profile_categories_category_idx" ON "cooperation_profile_categories" USING btree ("category_id");
--> statement-breakpoint
CREATE TABLE "cooperation_profile_regions" (
	"profile_id" uuid NOT NULL,
	"territory_id" integer NOT NULL,
	CONSTRAINT "cooperation_profile_regions_profile_id_territory_id_pk" PRIMARY KEY("profile_id","territory_id")
);
--> statement-breakpoint
ALTER TABLE "cooperation_profile_regions" ADD CONSTRAINT "cooperation_profile_regions_profile_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."cooperation_profiles"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "cooperation_profile_regions" ADD CONSTRAINT "cooperation_profile_regions_territory_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE TABLE "cooperation_matches" (
	"profile_id" uuid NOT NULL,
	"counterpart_id" uuid NOT NULL,
	"score" real NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"digested_at" timestamp with time zone,
	CONSTRAINT "cooperation_matches_profile_id_counterpart_id_pk" PRIMARY KEY("profile_id","counterpart_id")
);
--> statement-breakpoint
ALTER TABLE "cooperation_matches" ADD CONSTRAINT "cooperation_matches_profile_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."cooperation_profiles"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "cooperation_matches" ADD CONSTRAINT "cooperation_matches_counterpart_id_fk" FOREIGN KEY ("counterpart_id") REFERENCES "public"."cooperation_profiles"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "cooperation_matches_counterpart_idx" ON "cooperation_matches" USING btree ("counterpart_id");
--> statement-breakpoint
CREATE INDEX "cooperation_matches_digest_idx" ON "cooperation_matches" USING btree ("digested_at");
--> statement-breakpoint
CREATE TABLE "cooperation_interests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"profile_id" uuid NOT NULL,
	"from_profile_id" uuid,
	"from_user_id" text NOT NULL,
	"from_name" text NOT NULL,
	"message" text NOT NULL,
	"contact_email" text,
	"contact_phone" text,
	"locale" text DEFAULT 'lv' NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_by_user_id" text,
	"decided_at" timestamp with time zone,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cooperation_interests_status_check" CHECK ("status" IN ('pending', 'accepted', 'declined', 'withdrawn'))
);
--> statement-breakpoint
ALTER TABLE "cooperation_interests" ADD CONSTRAINT "cooperation_interests_profile_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."cooperation_profiles"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "cooperation_interests" ADD CONSTRAINT "cooperation_interests_from_profile_id_fk" FOREIGN KEY ("from_profile_id") REFERENCES "public"."cooperation_profiles"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
CREATE UNIQUE INDEX "cooperation_interests_open_uq" ON "cooperation_interests" USING btree ("profile_id","from_user_id") WHERE status IN ('pending', 'accepted');
--> statement-breakpoint
CREATE INDEX "cooperation_interests_from_user_idx" ON "cooperation_interests" USING btree ("from_user_id");
--> statement-breakpoint
CREATE TABLE "cooperation_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"interest_id" uuid NOT NULL,
	"author_user_id" text,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cooperation_messages" ADD CONSTRAINT "cooperation_messages_interest_id_fk" FOREIGN KEY ("interest_id") REFERENCES "public"."cooperation_interests"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "cooperation_messages_interest_idx" ON "cooperation_messages" USING btree ("interest_id","created_at");
--> statement-breakpoint
CREATE TABLE "cooperation_outcomes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"interest_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"happened_on" date NOT NULL,
	"note" text,
	"recorded_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cooperation_outcomes_kind_check" CHECK ("kind" IN ('meeting', 'agreement', 'first_order'))
);
--> statement-breakpoint
ALTER TABLE "cooperation_outcomes" ADD CONSTRAINT "cooperation_outcomes_interest_id_fk" FOREIGN KEY ("interest_id") REFERENCES "public"."cooperation_interests"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
CREATE UNIQUE INDEX "cooperation_outcomes_kind_uq" ON "cooperation_outcomes" USING btree ("interest_id","kind");
--> statement-breakpoint
CREATE TABLE "cooperation_digest_opt_outs" (
	"user_id" text PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
