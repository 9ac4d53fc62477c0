DROP INDEX "search_terms_stem_idx";--> statement-breakpoint
DROP INDEX "search_terms_term_trgm_idx";--> statement-breakpoint
ALTER TABLE "search_documents" ADD COLUMN "location_precision" "location_precision" DEFAULT 'municipality' NOT NULL;--> statement-breakpoint
ALTER TABLE "search_documents" ADD COLUMN "public_address" text;
--> statement-breakpoint
-- The documents already indexed get their listing's precision, and its address only when it is
-- shown (exact precision), as publicLocation() decides (index-context.ts placeOf writes new ones).
-- Listings first, products last: the rewritten rows land in that order, so listings stay together
-- for autocomplete's name scans (as reindexAll writes them).
UPDATE "search_documents" d SET location_precision = p.location_precision, public_address = CASE WHEN p.location_precision = 'exact' THEN p.address END
FROM "producers" p WHERE d.entity_type = 'producer' AND d.entity_id = p.id;--> statement-breakpoint
UPDATE "search_documents" d SET location_precision = s.location_precision, public_address = CASE WHEN s.location_precision = 'exact' THEN s.address END
FROM "sales_points" s WHERE d.entity_type = 'sales_point' AND d.entity_id = s.id;--> statement-breakpoint
UPDATE "search_documents" d SET location_precision = o.location_precision, public_address = CASE WHEN o.location_precision = 'exact' THEN o.address END
FROM "organisations" o WHERE d.entity_type = 'organisation' AND d.entity_id = o.id;--> statement-breakpoint
UPDATE "search_documents" d SET location_precision = x.location_precision, public_address = CASE WHEN x.location_precision = 'exact' THEN x.address END
FROM "places" x WHERE d.entity_type = 'place' AND d.entity_id = x.id;--> statement-breakpoint
UPDATE "search_documents" d SET location_precision = p.location_precision, public_address = CASE WHEN p.location_precision = 'exact' THEN p.address END
FROM "producers" p WHERE d.entity_type = 'product' AND d.producer_id = p.id;
