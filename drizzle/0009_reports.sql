CREATE TYPE "public"."report_listing_type" AS ENUM('producer', 'sales_point', 'organisation', 'place');--> statement-breakpoint
CREATE TYPE "public"."report_reason" AS ENUM('closed', 'wrong_info', 'duplicate', 'inappropriate');--> statement-breakpoint
CREATE TYPE "public"."report_status" AS ENUM('open', 'resolved', 'dismissed');--> statement-breakpoint
CREATE TABLE "reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"listing_type" "report_listing_type" NOT NULL,
	"listing_id" uuid NOT NULL,
	"municipality_id" integer,
	"reason" "report_reason" NOT NULL,
	"comment" text NOT NULL,
	"duplicate_of_id" uuid,
	"reporter_email" text,
	"reporter_user_id" text,
	"reporter_locale" text DEFAULT 'lv' NOT NULL,
	"status" "report_status" DEFAULT 'open' NOT NULL,
	"resolution_note" text,
	"previous_listing_status" text,
	"resolved_by_user_id" text,
	"resolved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_municipality_id_territories_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."territories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reports_status_created_idx" ON "reports" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "reports_municipality_idx" ON "reports" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "reports_listing_idx" ON "reports" USING btree ("listing_type","listing_id");--> statement-breakpoint
-- Duplicate detection (src/lib/server/duplicates): the SQL twins of normalize.ts, kept in step by
-- duplicates.db.test.ts, and expression indexes so that each key is an index lookup.
-- Plain SQL, IMMUTABLE: usable in indexes and identical on PGlite and PostgreSQL (no unaccent).
CREATE OR REPLACE FUNCTION tuvuma_dedupe_name(name text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
	SELECT btrim(regexp_replace(regexp_replace(
		btrim(regexp_replace(translate(lower(name),
			'àáâãäåçèéêëìíîïñòóôõöùúûüýÿāăąćĉċčďēĕėęěĝğġģĥĩīĭįĵķĺļľńņňōŏőŕŗřśŝşšţťũūŭůűųŵŷźżžơưǎǐǒǔǖǘǚǜǟǡǧǩǫǭǰǵǹǻȁȃȅȇȉȋȍȏȑȓȕȗșțȟȧȩȫȭȯȱȳйё',
			'aaaaaaceeeeiiiinooooouuuuyyaaaccccdeeeeegggghiiiijklllnnnooorrrssssttuuuuuuwyzzzouaiouuuuuaagkoojgnaaaeeiioorruusthaeooooyие'),
			'[^a-z0-9а-я]+', ' ', 'g')),
		'(^| )(z s|zs|sia|ik|as|ps|srl|ii|gt|biedriba|nodibinajums|zemnieku saimnieciba|individualais komersants)(?= |$)', ' ', 'g'),
		' +', ' ', 'g'))
$fn$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION tuvuma_dedupe_phone(phone text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
	SELECT CASE
		WHEN d IS NULL OR length(d) < 7 THEN NULL
		WHEN first LIKE '+%' THEN '+' || d
		WHEN d LIKE '00%' THEN '+' || substr(d, 3)
		WHEN length(d) = 8 THEN '+371' || d
		WHEN length(d) = 9 AND d LIKE '0%' THEN '+373' || substr(d, 2)
		WHEN length(d) = 11 AND (d LIKE '371%' OR d LIKE '373%') THEN '+' || d
		ELSE d
	END
	FROM (SELECT first, regexp_replace(first, '[^0-9]', '', 'g') AS d
		FROM (SELECT btrim(split_part(translate(phone, ';/', ',,'), ',', 1)) AS first) AS f) AS p
$fn$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION tuvuma_dedupe_email(email text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
	SELECT nullif(lower(btrim(email)), '')
$fn$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION tuvuma_dedupe_website(website text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
	SELECT nullif(regexp_replace(regexp_replace(regexp_replace(regexp_replace(lower(btrim(website)),
		'^[a-z][a-z0-9+.-]*://', ''), '^www\.', ''), '[?#].*$', ''), '/+$', ''), '')
$fn$;
--> statement-breakpoint
CREATE INDEX "producers_dedupe_name_idx" ON "producers" USING gin (tuvuma_dedupe_name("name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "producers_dedupe_phone_idx" ON "producers" (tuvuma_dedupe_phone("phone"));--> statement-breakpoint
CREATE INDEX "producers_dedupe_email_idx" ON "producers" (tuvuma_dedupe_email("email"));--> statement-breakpoint
CREATE INDEX "producers_dedupe_website_idx" ON "producers" (tuvuma_dedupe_website("website"));--> statement-breakpoint
CREATE INDEX "sales_points_dedupe_name_idx" ON "sales_points" USING gin (tuvuma_dedupe_name("name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "sales_points_dedupe_phone_idx" ON "sales_points" (tuvuma_dedupe_phone("phone"));--> statement-breakpoint
CREATE INDEX "sales_points_dedupe_email_idx" ON "sales_points" (tuvuma_dedupe_email("email"));--> statement-breakpoint
CREATE INDEX "sales_points_dedupe_website_idx" ON "sales_points" (tuvuma_dedupe_website("website"));--> statement-breakpoint
CREATE INDEX "places_dedupe_name_idx" ON "places" USING gin (tuvuma_dedupe_name("name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "organisations_dedupe_name_idx" ON "organisations" USING gin (tuvuma_dedupe_name("name") gin_trgm_ops);
