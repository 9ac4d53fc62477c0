CREATE TYPE "public"."location_precision" AS ENUM('exact', 'locality', 'municipality');--> statement-breakpoint
CREATE TYPE "public"."publication_status" AS ENUM('draft', 'pending', 'published', 'rejected', 'archived');--> statement-breakpoint
CREATE TYPE "public"."territory_kind" AS ENUM('country', 'planning_region', 'municipality', 'town', 'parish', 'village', 'historical_municipality', 'md_district', 'md_municipality', 'md_autonomy');--> statement-breakpoint
CREATE TYPE "public"."label_kind" AS ENUM('registration', 'certification', 'quality_scheme', 'membership');--> statement-breakpoint
CREATE TYPE "public"."producer_kind" AS ENUM('home_producer', 'small_producer', 'farm', 'craftsman', 'social_enterprise');--> statement-breakpoint
CREATE TYPE "public"."product_unit" AS ENUM('kg', 'g', 'l', 'ml', 'piece', 'jar', 'bottle', 'pack', 'bunch', 'box', 'set', 'dozen', 'm');--> statement-breakpoint
CREATE TYPE "public"."sales_point_kind" AS ENUM('market', 'farm_gate', 'shop', 'e_shop', 'fair', 'producers_shop');--> statement-breakpoint
CREATE TYPE "public"."organisation_kind" AS ENUM('association', 'lag', 'business_centre', 'ngo', 'public_body');--> statement-breakpoint
CREATE TYPE "public"."place_kind" AS ENUM('coworking', 'incubator', 'tourist_info', 'community_space');--> statement-breakpoint
CREATE TABLE "territories" (
	"id" integer PRIMARY KEY NOT NULL,
	"kind" "territory_kind" NOT NULL,
	"country_code" text NOT NULL,
	"code" text,
	"slug" text NOT NULL,
	"name" jsonb NOT NULL,
	"subkind" text,
	"parent_id" integer,
	"successor_id" integer,
	"lat" double precision,
	"lng" double precision,
	"sort_key" text NOT NULL,
	"search_name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "categories" (
	"id" integer PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"parent_id" integer,
	"name" jsonb NOT NULL,
	"keywords" text DEFAULT '' NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"icon" text DEFAULT '' NOT NULL,
	CONSTRAINT "categories_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "labels" (
	"id" integer PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"kind" "label_kind" NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb,
	"has_value" boolean DEFAULT false NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "labels_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "producer_categories" (
	"producer_id" uuid NOT NULL,
	"category_id" integer NOT NULL,
	CONSTRAINT "producer_categories_producer_id_category_id_pk" PRIMARY KEY("producer_id","category_id")
);
--> statement-breakpoint
CREATE TABLE "producer_labels" (
	"producer_id" uuid NOT NULL,
	"label_id" integer NOT NULL,
	"value" text,
	CONSTRAINT "producer_labels_producer_id_label_id_pk" PRIMARY KEY("producer_id","label_id")
);
--> statement-breakpoint
CREATE TABLE "producers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"kind" "producer_kind" NOT NULL,
	"description" jsonb NOT NULL,
	"municipality_id" integer NOT NULL,
	"locality_id" integer,
	"address" text,
	"postal_code" text,
	"lat" double precision,
	"lng" double precision,
	"location_precision" "location_precision" DEFAULT 'exact' NOT NULL,
	"phone" text,
	"email" text,
	"website" text,
	"facebook" text,
	"instagram" text,
	"founded_year" integer,
	"status" "publication_status" DEFAULT 'pending' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"external_id" text,
	"sort_key" text NOT NULL,
	"search_text" text NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "producers_slug_unique" UNIQUE("slug"),
	CONSTRAINT "producers_external_id_unique" UNIQUE("external_id")
);
--> statement-breakpoint
CREATE TABLE "products" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"producer_id" uuid NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb,
	"category_id" integer NOT NULL,
	"price_cents" integer,
	"unit" "product_unit",
	"unit_amount" numeric(10, 3),
	"season_from" integer,
	"season_to" integer,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"search_text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "producer_sales_points" (
	"producer_id" uuid NOT NULL,
	"sales_point_id" uuid NOT NULL,
	"note" jsonb,
	CONSTRAINT "producer_sales_points_producer_id_sales_point_id_pk" PRIMARY KEY("producer_id","sales_point_id")
);
--> statement-breakpoint
CREATE TABLE "sales_points" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"kind" "sales_point_kind" NOT NULL,
	"description" jsonb,
	"municipality_id" integer NOT NULL,
	"locality_id" integer,
	"address" text,
	"postal_code" text,
	"lat" double precision,
	"lng" double precision,
	"location_precision" "location_precision" DEFAULT 'exact' NOT NULL,
	"phone" text,
	"email" text,
	"website" text,
	"facebook" text,
	"instagram" text,
	"opening_hours" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"hours_note" jsonb,
	"status" "publication_status" DEFAULT 'pending' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"sort_key" text NOT NULL,
	"search_text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sales_points_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "organisation_producers" (
	"organisation_id" uuid NOT NULL,
	"producer_id" uuid NOT NULL,
	CONSTRAINT "organisation_producers_organisation_id_producer_id_pk" PRIMARY KEY("organisation_id","producer_id")
);
--> statement-breakpoint
CREATE TABLE "organisation_territories" (
	"organisation_id" uuid NOT NULL,
	"territory_id" integer NOT NULL,
	CONSTRAINT "organisation_territories_organisation_id_territory_id_pk" PRIMARY KEY("organisation_id","territory_id")
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"legal_name" text,
	"kind" "organisation_kind" NOT NULL,
	"description" jsonb NOT NULL,
	"municipality_id" integer NOT NULL,
	"locality_id" integer,
	"address" text,
	"postal_code" text,
	"lat" double precision,
	"lng" double precision,
	"location_precision" "location_precision" DEFAULT 'exact' NOT NULL,
	"phone" text,
	"email" text,
	"website" text,
	"facebook" text,
	"instagram" text,
	"registration_number" text,
	"office_hours" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" "publication_status" DEFAULT 'pending' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"sort_key" text NOT NULL,
	"search_text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisations_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "places" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"kind" "place_kind" NOT NULL,
	"description" jsonb NOT NULL,
	"municipality_id" integer NOT NULL,
	"locality_id" integer,
	"address" text,
	"postal_code" text,
	"lat" double precision,
	"lng" double precision,
	"location_precision" "location_precision" DEFAULT 'exact' NOT NULL,
	"phone" text,
	"email" text,
	"website" text,
	"facebook" text,
	"instagram" text,
	"amenities" text[] DEFAULT '{}' NOT NULL,
	"operator_id" uuid,
	"operator_name" text,
	"opening_hours" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" "publication_status" DEFAULT 'pending' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"sort_key" text NOT NULL,
	"search_text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "places_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "territories" ADD CONSTRAINT "territories_parent_id_territories_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."territories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "territories" ADD CONSTRAINT "territories_successor_id_territories_id_fk" FOREIGN KEY ("successor_id") REFERENCES "public"."territories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "categories" ADD CONSTRAINT "categories_parent_id_categories_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "producer_categories" ADD CONSTRAINT "producer_categories_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "public"."producers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "producer_categories" ADD CONSTRAINT "producer_categories_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "producer_labels" ADD CONSTRAINT "producer_labels_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "public"."producers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "producer_labels" ADD CONSTRAINT "producer_labels_label_id_labels_id_fk" FOREIGN KEY ("label_id") REFERENCES "public"."labels"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "producers" ADD CONSTRAINT "producers_municipality_id_territories_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."territories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "producers" ADD CONSTRAINT "producers_locality_id_territories_id_fk" FOREIGN KEY ("locality_id") REFERENCES "public"."territories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "public"."producers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "producer_sales_points" ADD CONSTRAINT "producer_sales_points_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "public"."producers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "producer_sales_points" ADD CONSTRAINT "producer_sales_points_sales_point_id_sales_points_id_fk" FOREIGN KEY ("sales_point_id") REFERENCES "public"."sales_points"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sales_points" ADD CONSTRAINT "sales_points_municipality_id_territories_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."territories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sales_points" ADD CONSTRAINT "sales_points_locality_id_territories_id_fk" FOREIGN KEY ("locality_id") REFERENCES "public"."territories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_producers" ADD CONSTRAINT "organisation_producers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_producers" ADD CONSTRAINT "organisation_producers_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "public"."producers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_territories" ADD CONSTRAINT "organisation_territories_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_territories" ADD CONSTRAINT "organisation_territories_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_municipality_id_territories_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."territories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_locality_id_territories_id_fk" FOREIGN KEY ("locality_id") REFERENCES "public"."territories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "places" ADD CONSTRAINT "places_municipality_id_territories_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."territories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "places" ADD CONSTRAINT "places_locality_id_territories_id_fk" FOREIGN KEY ("locality_id") REFERENCES "public"."territories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "places" ADD CONSTRAINT "places_operator_id_organisations_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "territories_code_uq" ON "territories" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "territories_kind_parent_slug_uq" ON "territories" USING btree ("kind","parent_id","slug");--> statement-breakpoint
CREATE INDEX "territories_parent_idx" ON "territories" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "territories_search_name_idx" ON "territories" USING btree ("search_name");--> statement-breakpoint
CREATE INDEX "categories_parent_idx" ON "categories" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "producer_categories_category_idx" ON "producer_categories" USING btree ("category_id");--> statement-breakpoint
CREATE INDEX "producer_labels_label_idx" ON "producer_labels" USING btree ("label_id");--> statement-breakpoint
CREATE INDEX "producers_status_sort_idx" ON "producers" USING btree ("status","sort_key");--> statement-breakpoint
CREATE INDEX "producers_status_published_idx" ON "producers" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "producers_municipality_idx" ON "producers" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "producers_kind_idx" ON "producers" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "products_producer_idx" ON "products" USING btree ("producer_id");--> statement-breakpoint
CREATE INDEX "products_category_idx" ON "products" USING btree ("category_id");--> statement-breakpoint
CREATE INDEX "producer_sales_points_sp_idx" ON "producer_sales_points" USING btree ("sales_point_id");--> statement-breakpoint
CREATE INDEX "sales_points_municipality_idx" ON "sales_points" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "sales_points_status_idx" ON "sales_points" USING btree ("status","sort_key");--> statement-breakpoint
CREATE INDEX "organisation_producers_p_idx" ON "organisation_producers" USING btree ("producer_id");--> statement-breakpoint
CREATE INDEX "organisation_territories_t_idx" ON "organisation_territories" USING btree ("territory_id");--> statement-breakpoint
CREATE INDEX "organisations_status_idx" ON "organisations" USING btree ("status","sort_key");--> statement-breakpoint
CREATE INDEX "places_status_idx" ON "places" USING btree ("status","sort_key");--> statement-breakpoint
CREATE INDEX "places_municipality_idx" ON "places" USING btree ("municipality_id");