-- Opening hours follow OpenStreetMap's opening_hours model (issue 12, item 3): sales points',
-- places' and organisations' weekly intervals ([{day, opens, closes}]) become opening_hours text
-- ("Mo-Fr 09:00-17:00; Sa 10:00-14:00"), written the way src/lib/domain/hours-model.ts writes
-- a week: days with the same hours grouped, runs of three or more days as spans, a closing time
-- of 00:00 as 24:00. Open revisions' proposals are converted alike, so they still apply.
CREATE FUNCTION "tuvuma_intervals_to_osm"(hours jsonb) RETURNS text LANGUAGE sql IMMUTABLE AS $$
WITH iv AS (
	SELECT (e->>'day')::int AS day,
		lpad(e->>'opens', 5, '0') AS opens,
		CASE WHEN lpad(e->>'closes', 5, '0') = '00:00' THEN '24:00' ELSE lpad(e->>'closes', 5, '0') END AS closes
	FROM jsonb_array_elements(CASE WHEN jsonb_typeof(hours) = 'array' THEN hours ELSE '[]'::jsonb END) AS e
), per_day AS (
	SELECT day, string_agg(DISTINCT opens || '-' || closes, ',' ORDER BY opens || '-' || closes) AS ranges FROM iv GROUP BY day
), runs AS (
	SELECT ranges, day, day - row_number() OVER (PARTITION BY ranges ORDER BY day) AS grp FROM per_day
), run_text AS (
	SELECT ranges, min(day) AS first_day,
		CASE WHEN count(*) >= 3
			THEN (ARRAY['Mo','Tu','We','Th','Fr','Sa','Su'])[min(day)] || '-' || (ARRAY['Mo','Tu','We','Th','Fr','Sa','Su'])[max(day)]
			ELSE string_agg((ARRAY['Mo','Tu','We','Th','Fr','Sa','Su'])[day], ',' ORDER BY day) END AS days
	FROM runs GROUP BY ranges, grp
), grouped AS (
	SELECT ranges, min(first_day) AS first_day, string_agg(days, ',' ORDER BY first_day) AS days FROM run_text GROUP BY ranges
)
SELECT coalesce(string_agg(days || ' ' || ranges, '; ' ORDER BY first_day), '') FROM grouped
$$;
--> statement-breakpoint
ALTER TABLE "sales_points" ADD COLUMN "opening_hours_osm" text DEFAULT '' NOT NULL;--> statement-breakpoint
UPDATE "sales_points" SET "opening_hours_osm" = "tuvuma_intervals_to_osm"("opening_hours");--> statement-breakpoint
ALTER TABLE "sales_points" DROP COLUMN "opening_hours";--> statement-breakpoint
ALTER TABLE "sales_points" RENAME COLUMN "opening_hours_osm" TO "opening_hours";--> statement-breakpoint
ALTER TABLE "places" ADD COLUMN "opening_hours_osm" text DEFAULT '' NOT NULL;--> statement-breakpoint
UPDATE "places" SET "opening_hours_osm" = "tuvuma_intervals_to_osm"("opening_hours");--> statement-breakpoint
ALTER TABLE "places" DROP COLUMN "opening_hours";--> statement-breakpoint
ALTER TABLE "places" RENAME COLUMN "opening_hours_osm" TO "opening_hours";--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "office_hours_osm" text DEFAULT '' NOT NULL;--> statement-breakpoint
UPDATE "organisations" SET "office_hours_osm" = "tuvuma_intervals_to_osm"("office_hours");--> statement-breakpoint
ALTER TABLE "organisations" DROP COLUMN "office_hours";--> statement-breakpoint
ALTER TABLE "organisations" RENAME COLUMN "office_hours_osm" TO "office_hours";--> statement-breakpoint
UPDATE "revisions" SET "proposed" = jsonb_set("proposed", '{openingHours}', to_jsonb("tuvuma_intervals_to_osm"("proposed"->'openingHours')))
	WHERE jsonb_typeof("proposed"->'openingHours') = 'array';--> statement-breakpoint
-- The search index: a result's hours are the opening_hours values it is open by (a producer's:
-- its sales points'), evaluated in each process once a minute (memory-index.ts openAt); the
-- weekly minute ranges (open_week) cannot say "only in September" and go.
UPDATE "search_documents" SET "hours" = CASE WHEN "tuvuma_intervals_to_osm"("hours") = '' THEN '[]'::jsonb ELSE jsonb_build_array("tuvuma_intervals_to_osm"("hours")) END
	WHERE jsonb_typeof("hours") = 'array' AND jsonb_typeof("hours"->0) = 'object';--> statement-breakpoint
DROP FUNCTION "tuvuma_intervals_to_osm"(jsonb);--> statement-breakpoint
DROP VIEW "search_results_source";--> statement-breakpoint
DROP INDEX "search_documents_open_week_idx";--> statement-breakpoint
ALTER TABLE "search_documents" DROP COLUMN "open_week";--> statement-breakpoint
ALTER TABLE "search_results" DROP COLUMN "open_week";--> statement-breakpoint
ALTER TABLE "search_results" ADD COLUMN "hours" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
-- As 0011 defined it, with the hours instead of open_week.
CREATE VIEW "search_results_source" AS
SELECT g.result_type, g.result_id, g.kind, g.sort_key, g.names, g.product_names, g.raw_stems, g.product_raw_stems, g.name_stems, g.body_stems,
	coalesce(g.product_name_stems, '{}'::text[]) AS product_name_stems, coalesce(g.product_category_ids, '{}'::int[]) AS product_category_ids,
	coalesce(array(SELECT DISTINCT c FROM unnest(g.category_ids) AS c ORDER BY c), '{}'::int[]) AS category_ids,
	g.label_ids, g.region_ids, g.municipality_ids, g.locality_id, g.lat, g.lng, g.hours
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
		(array_agg(d.hours ORDER BY d.entity_type = 'product'))[1] AS hours
	FROM search_documents d
	GROUP BY d.result_type, d.result_id
) g;--> statement-breakpoint
UPDATE "search_results" r SET "hours" = s."hours" FROM "search_results_source" s WHERE s.result_type = r.result_type AND s.result_id = r.result_id;--> statement-breakpoint
UPDATE "search_index_state" SET "generation" = "generation" + 1, "full_generation" = "generation" + 1 WHERE "id" = 1;
