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
DELETE FROM "search_terms";
