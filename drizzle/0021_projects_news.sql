CREATE TYPE "public"."project_partner_role" AS ENUM('lead', 'partner');--> statement-breakpoint
CREATE TABLE "project_logos" (
	"project_id" uuid NOT NULL,
	"image_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "project_logos_project_id_image_id_pk" PRIMARY KEY("project_id","image_id")
);
--> statement-breakpoint
CREATE TABLE "project_partners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"role" "project_partner_role" NOT NULL,
	"organisation_id" uuid,
	"name" text,
	"country" text DEFAULT 'LV' NOT NULL,
	"website" text,
	CONSTRAINT "project_partners_named" CHECK ("project_partners"."organisation_id" IS NOT NULL OR "project_partners"."name" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "project_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"value" double precision NOT NULL,
	"label" jsonb NOT NULL,
	"unit" jsonb
);
--> statement-breakpoint
CREATE TABLE "project_territories" (
	"project_id" uuid NOT NULL,
	"territory_id" integer NOT NULL,
	CONSTRAINT "project_territories_project_id_territory_id_pk" PRIMARY KEY("project_id","territory_id")
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"number" text,
	"title" jsonb NOT NULL,
	"summary" jsonb NOT NULL,
	"programme" jsonb,
	"sub_measure" jsonb,
	"funder" jsonb,
	"acknowledgement" jsonb,
	"goals" jsonb,
	"starts_on" date,
	"ends_on" date,
	"website" text,
	"status" "publication_status" DEFAULT 'draft' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"sort_key" text NOT NULL,
	"created_by" text,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "projects_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "news_posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"project_id" uuid,
	"slug" text NOT NULL,
	"lang" text DEFAULT 'lv' NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"body_source" text NOT NULL,
	"body_html" text NOT NULL,
	"status" "publication_status" DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"author_user_id" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "news_posts_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "images" ADD COLUMN "organisation_id" uuid;--> statement-breakpoint
ALTER TABLE "project_logos" ADD CONSTRAINT "project_logos_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_logos" ADD CONSTRAINT "project_logos_image_id_images_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."images"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_partners" ADD CONSTRAINT "project_partners_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_partners" ADD CONSTRAINT "project_partners_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_results" ADD CONSTRAINT "project_results_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_territories" ADD CONSTRAINT "project_territories_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_territories" ADD CONSTRAINT "project_territories_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_posts" ADD CONSTRAINT "news_posts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_posts" ADD CONSTRAINT "news_posts_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "project_partners_project_idx" ON "project_partners" USING btree ("project_id","position");--> statement-breakpoint
CREATE INDEX "project_partners_organisation_idx" ON "project_partners" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "project_results_project_idx" ON "project_results" USING btree ("project_id","position");--> statement-breakpoint
CREATE INDEX "project_territories_t_idx" ON "project_territories" USING btree ("territory_id");--> statement-breakpoint
CREATE INDEX "projects_organisation_idx" ON "projects" USING btree ("organisation_id","status");--> statement-breakpoint
CREATE INDEX "projects_status_idx" ON "projects" USING btree ("status","starts_on");--> statement-breakpoint
CREATE INDEX "news_posts_organisation_idx" ON "news_posts" USING btree ("organisation_id","status","published_at");--> statement-breakpoint
CREATE INDEX "news_posts_project_idx" ON "news_posts" USING btree ("project_id","status","published_at");--> statement-breakpoint
CREATE INDEX "news_posts_published_idx" ON "news_posts" USING btree ("status","published_at");--> statement-breakpoint
ALTER TABLE "images" ADD CONSTRAINT "images_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participations" ADD CONSTRAINT "participations_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "images_organisation_idx" ON "images" USING btree ("organisation_id");