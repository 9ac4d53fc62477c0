CREATE TABLE "search_product_names" (
	"folded_name" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_i18n" jsonb NOT NULL,
	"docs" integer NOT NULL
);
--> statement-breakpoint
DROP INDEX "search_documents_folded_name_prefix_idx";--> statement-breakpoint
DROP INDEX "search_documents_folded_name_trgm_idx";--> statement-breakpoint
ALTER TABLE "search_documents" ADD COLUMN "raw_stems" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "search_product_names_prefix_idx" ON "search_product_names" USING btree ("folded_name" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "search_product_names_trgm_idx" ON "search_product_names" USING gin ("folded_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "search_documents_listing_name_prefix_idx" ON "search_documents" USING btree ("folded_name" text_pattern_ops) WHERE "search_documents"."entity_type" <> 'product';--> statement-breakpoint
CREATE INDEX "search_documents_listing_name_trgm_idx" ON "search_documents" USING gin ("folded_name" gin_trgm_ops) WHERE "search_documents"."entity_type" <> 'product';--> statement-breakpoint
-- The index is derived data: emptied here, rebuilt at start-up (ensureSearchIndex) with raw_stems and product names.
DELETE FROM "search_documents";--> statement-breakpoint
DELETE FROM "search_terms";--> statement-breakpoint
ALTER TABLE "producers" ADD COLUMN "public_lat" double precision;--> statement-breakpoint
ALTER TABLE "producers" ADD COLUMN "public_lng" double precision;--> statement-breakpoint
CREATE INDEX "producers_public_point_idx" ON "producers" USING btree ("public_lat","public_lng");--> statement-breakpoint
-- The map's public point (publicLocation(): src/lib/domain/public-location.ts, twin in
-- src/lib/server/map/public-point.ts): exact precision with both own coordinates → the house;
-- else, unless precision is 'municipality', the locality centre when it has one; else the
-- municipality centre; a point counts only when both coordinates are known.
CREATE FUNCTION producers_public_point() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	c_lat double precision;
	c_lng double precision;
BEGIN
	IF NEW.location_precision = 'exact' AND NEW.lat IS NOT NULL AND NEW.lng IS NOT NULL THEN
		NEW.public_lat := NEW.lat;
		NEW.public_lng := NEW.lng;
		RETURN NEW;
	END IF;
	IF NEW.location_precision <> 'municipality' AND NEW.locality_id IS NOT NULL THEN
		SELECT lat, lng INTO c_lat, c_lng FROM territories WHERE id = NEW.locality_id;
		IF c_lat IS NOT NULL AND c_lng IS NOT NULL THEN
			NEW.public_lat := c_lat;
			NEW.public_lng := c_lng;
			RETURN NEW;
		END IF;
	END IF;
	SELECT lat, lng INTO c_lat, c_lng FROM territories WHERE id = NEW.municipality_id;
	IF c_lat IS NOT NULL AND c_lng IS NOT NULL THEN
		NEW.public_lat := c_lat;
		NEW.public_lng := c_lng;
	ELSE
		NEW.public_lat := NULL;
		NEW.public_lng := NULL;
	END IF;
	RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER producers_public_point BEFORE INSERT OR UPDATE ON "producers" FOR EACH ROW EXECUTE FUNCTION producers_public_point();--> statement-breakpoint
-- a territory's centre moves (reference data, rare): its producers' points follow
CREATE FUNCTION territories_public_point() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NEW.lat IS DISTINCT FROM OLD.lat OR NEW.lng IS DISTINCT FROM OLD.lng THEN
		UPDATE producers SET public_lat = NULL WHERE municipality_id = NEW.id OR locality_id = NEW.id;
	END IF;
	RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER territories_public_point AFTER UPDATE ON "territories" FOR EACH ROW EXECUTE FUNCTION territories_public_point();--> statement-breakpoint
UPDATE "producers" SET public_lat = NULL;--> statement-breakpoint
-- The search's result rows collect their documents' category arrays (ranked-repository.ts).
CREATE AGGREGATE array_concat_agg(anycompatiblearray) (SFUNC = array_cat, STYPE = anycompatiblearray);--> statement-breakpoint
CREATE INDEX "search_documents_listing_idx" ON "search_documents" USING btree ("result_type") WHERE "search_documents"."entity_type" <> 'product';
