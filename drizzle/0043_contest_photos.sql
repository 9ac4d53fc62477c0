ALTER TABLE "contests" DROP CONSTRAINT "contests_eligibility_check";
--> statement-breakpoint
ALTER TABLE "contests" ADD CONSTRAINT "contests_eligibility_check" CHECK ("eligibility" IN ('email', 'attendance', 'question', 'photo'));
--> statement-breakpoint
ALTER TABLE "contest_entries" ADD COLUMN "image_id" uuid;
--> statement-breakpoint
ALTER TABLE "contest_entries" ADD COLUMN "photo_status" text;
--> statement-breakpoint
ALTER TABLE "contest_entries" ADD COLUMN "photo_reason" text;
--> statement-breakpoint
ALTER TABLE "contest_entries" ADD COLUMN "photo_decided_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "contest_entries" ADD CONSTRAINT "contest_entries_photo_status_check" CHECK ("photo_status" IS NULL OR "photo_status" IN ('pending', 'approved', 'rejected'));
--> statement-breakpoint
ALTER TABLE "contest_entries" ADD CONSTRAINT "contest_entries_image_id_images_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."images"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "contest_entries_photo_idx" ON "contest_entries" USING btree ("contest_id","photo_status");
