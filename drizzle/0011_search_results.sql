CREATE TABLE "search_index_state" (
	"id" integer PRIMARY KEY NOT NULL,
	"generation" bigint NOT NULL,
	"full_generation" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_removals" (
	"result_id" uuid NOT NULL,
	"generation" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_results" (
	"result_type" "search_entity_type" NOT NULL,
	"result_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"sort_key" text NOT NULL,
	"names" text NOT NULL,
	"product_names" text NOT NULL,
	"raw_stems" text NOT NULL,
	"product_raw_stems" text NOT NULL,
	"name_stems" text NOT NULL,
	"body_stems" text NOT NULL,
	"product_name_stems" text[] NOT NULL,
	"product_category_ids" integer[] NOT NULL,
	"category_ids" integer[] NOT NULL,
	"label_ids" integer[] NOT NULL,
	"region_ids" integer[] NOT NULL,
	"municipality_ids" integer[] NOT NULL,
	"locality_id" integer,
	"lat" double precision,
	"lng" double precision,
	"open_week" "int4multirange",
	"generation" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "search_results_result_type_result_id_pk" PRIMARY KEY("result_type","result_id")
);
--> statement-breakpoint
CREATE INDEX "search_removals_generation_idx" ON "search_removals" USING btree ("generation");--> statement-breakpoint
CREATE INDEX "search_results_generation_idx" ON "search_results" USING btree ("generation");
--> statement-breakpoint
-- One row per result from its documents: the single definition of a search_results row
-- (indexer.ts inserts from it for the results an edit touched, or for all after a full rebuild).
-- A producer's products share its kind, point, locality, hours and filters.
CREATE VIEW "search_results_source" AS
SELECT g.result_type, g.result_id, g.kind, g.sort_key, g.names, g.product_names, g.raw_stems, g.product_raw_stems, g.name_stems, g.body_stems,
	coalesce(g.product_name_stems, '{}'::text[]) AS product_name_stems, coalesce(g.product_category_ids, '{}'::int[]) AS product_category_ids,
	coalesce(array(SELECT DISTINCT c FROM unnest(g.category_ids) AS c ORDER BY c), '{}'::int[]) AS category_ids,
	g.label_ids, g.region_ids, g.municipality_ids, g.locality_id, g.lat, g.lng, g.open_week
FROM (
	SELECT d.result_type, d.result_id,
		coalesce(min(d.kind) FILTER (WHERE d.entity_type <> 'product'), min(d.kind)) AS kind,
		coalesce(min(d.sort_key COLLATE "C") FILTER (WHERE d.entity_type <> 'product'), min(d.sort_key COLLATE "C")) AS sort_key,
		coalesce(string_agg(d.folded_names, ' ') FILTER (WHERE d.entity_type <> 'product'), '') AS names,
		coalesce(string_agg(DISTINCT d.folded_names, ' ') FILTER (WHERE d.entity_type = 'product'), '') AS product_names,
		coalesce(string_agg(d.raw_stems, ' ') FILTER (WHERE d.entity_type <> 'product'), '') AS raw_stems,
		coalesce(string_agg(DISTINCT d.raw_stems, ' ') FILTER (WHERE d.entity_type = 'product'), '') AS product_raw_stems,
		coalesce(string_agg(d.name_stems, ' ') FILTER (WHERE d.entity_type <> 'product'), '') AS name_stems,
		coalesce(string_agg(DISTINCT d.body_stems, ' ') FILTER (WHERE d.body_stems <> ''), '') AS body_stems,
		array_concat_agg(string_to_array(d.name_stems, ' ')) FILTER (WHERE d.entity_type = 'product') AS product_name_stems,
		array_concat_agg(d.category_ids) FILTER (WHERE d.entity_type = 'product') AS product_category_ids,
		array_concat_agg(d.category_ids) AS category_ids,
		max(d.label_ids) AS label_ids, max(d.region_ids) AS region_ids, max(d.municipality_ids) AS municipality_ids,
		min(d.locality_id) AS locality_id, min(d.lat) AS lat, min(d.lng) AS lng,
		(array_agg(d.open_week ORDER BY d.entity_type = 'product'))[1] AS open_week
	FROM search_documents d
	GROUP BY d.result_type, d.result_id
) g;--> statement-breakpoint
INSERT INTO "search_index_state" (id, generation, full_generation) VALUES (1, 1, 1);--> statement-breakpoint
INSERT INTO "search_results" (result_type, result_id, kind, sort_key, names, product_names, raw_stems, product_raw_stems, name_stems, body_stems, product_name_stems, product_category_ids, category_ids, label_ids, region_ids, municipality_ids, locality_id, lat, lng, open_week, generation)
SELECT result_type, result_id, kind, sort_key, names, product_names, raw_stems, product_raw_stems, name_stems, body_stems, product_name_stems, product_category_ids, category_ids, label_ids, region_ids, municipality_ids, locality_id, lat, lng, open_week, 1 FROM "search_results_source";
