-- Issue 12: a product an import cannot place in a category is kept, uncategorised (the import report
-- warns about it and the owner or a moderator chooses one on the site), instead of being dropped.
ALTER TABLE "products" ALTER COLUMN "category_id" DROP NOT NULL;
