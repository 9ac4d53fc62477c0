CREATE TYPE "public"."search_entity_type" AS ENUM('producer', 'product', 'sales_point', 'organisation', 'place');--> statement-breakpoint
CREATE TABLE "search_documents" (
	"entity_type" "search_entity_type" NOT NULL,
	"entity_id" uuid NOT NULL,
	"result_type" "search_entity_type" NOT NULL,
	"result_id" uuid NOT NULL,
	"producer_id" uuid,
	"slug" text NOT NULL,
	"external_id" text,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"name_i18n" jsonb NOT NULL,
	"folded_name" text NOT NULL,
	"sort_key" text NOT NULL,
	"folded_names" text NOT NULL,
	"raw_names" text NOT NULL,
	"name_stems" text NOT NULL,
	"body_stems" text NOT NULL,
	"body" jsonb,
	"tsv" "tsvector" NOT NULL,
	"municipality_id" integer NOT NULL,
	"municipality_ids" integer[] NOT NULL,
	"region_ids" integer[] NOT NULL,
	"locality_id" integer,
	"lat" double precision,
	"lng" double precision,
	"category_ids" integer[] NOT NULL,
	"label_ids" integer[] NOT NULL,
	"hours" jsonb NOT NULL,
	"open_week" "int4multirange",
	"is_demo" boolean NOT NULL,
	"indexed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "search_documents_entity_type_entity_id_pk" PRIMARY KEY("entity_type","entity_id")
);
--> statement-breakpoint
CREATE TABLE "search_misses" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "search_misses_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"day" date NOT NULL,
	"query" text NOT NULL,
	"filters" jsonb NOT NULL,
	"municipality_id" integer
);
--> statement-breakpoint
CREATE TABLE "search_terms" (
	"term" text PRIMARY KEY NOT NULL,
	"stem" text NOT NULL,
	"docs" integer DEFAULT 0 NOT NULL,
	"catalogue" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
ALTER TABLE "search_documents" ADD CONSTRAINT "search_documents_municipality_id_territories_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."territories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "search_documents" ADD CONSTRAINT "search_documents_locality_id_territories_id_fk" FOREIGN KEY ("locality_id") REFERENCES "public"."territories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "search_misses" ADD CONSTRAINT "search_misses_municipality_id_territories_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."territories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "search_documents_tsv_idx" ON "search_documents" USING gin ("tsv");--> statement-breakpoint
CREATE INDEX "search_documents_folded_name_prefix_idx" ON "search_documents" USING btree ("folded_name" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "search_documents_folded_name_trgm_idx" ON "search_documents" USING gin ("folded_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "search_documents_result_idx" ON "search_documents" USING btree ("result_type","result_id");--> statement-breakpoint
CREATE INDEX "search_documents_producer_idx" ON "search_documents" USING btree ("producer_id");--> statement-breakpoint
CREATE INDEX "search_documents_municipalities_idx" ON "search_documents" USING gin ("municipality_ids");--> statement-breakpoint
CREATE INDEX "search_documents_categories_idx" ON "search_documents" USING gin ("category_ids");--> statement-breakpoint
CREATE INDEX "search_documents_labels_idx" ON "search_documents" USING gin ("label_ids");--> statement-breakpoint
CREATE INDEX "search_documents_open_week_idx" ON "search_documents" USING gist ("open_week");--> statement-breakpoint
CREATE INDEX "search_documents_lat_idx" ON "search_documents" USING btree ("lat","lng");--> statement-breakpoint
CREATE INDEX "search_misses_day_idx" ON "search_misses" USING btree ("day");--> statement-breakpoint
CREATE INDEX "search_misses_municipality_idx" ON "search_misses" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "search_terms_stem_idx" ON "search_terms" USING btree ("stem" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "search_terms_term_trgm_idx" ON "search_terms" USING gin ("term" gin_trgm_ops);