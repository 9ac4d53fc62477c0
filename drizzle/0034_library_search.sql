-- The learning library's items become a search result type (issue 16; search/library-docs.ts).
ALTER TYPE "public"."search_entity_type" ADD VALUE IF NOT EXISTS 'library_item';
