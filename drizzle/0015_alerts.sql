-- Alerts (issue 12): weekly e-mails about new producers, products and sales points for a saved
-- search, without an account (double opt-in). See src/lib/server/alerts/README.md.
CREATE TABLE "alert_subscriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"locale" text NOT NULL,
	-- the account whose confirmed address it is, when the subscriber was signed in with it
	"user_id" text REFERENCES "user"("id") ON DELETE CASCADE,
	-- the saved search as a URL query ("category=medus&municipality=siguldas-novads")
	"query" text NOT NULL,
	-- producers | products | sales_points
	"what" text[] NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL CHECK ("status" IN ('pending', 'confirmed')),
	-- the consent sentence the subscriber ticked, in their language, and when
	"consent_text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp with time zone,
	-- news are counted from here: the confirmation, then each digest sent
	"last_sent_at" timestamp with time zone,
	-- an unconfirmed subscription (and its address) is deleted after this
	"expires_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "alert_subscriptions_email_idx" ON "alert_subscriptions" (lower("email"));
--> statement-breakpoint
CREATE INDEX "alert_subscriptions_status_idx" ON "alert_subscriptions" ("status", "expires_at");
--> statement-breakpoint
CREATE INDEX "alert_subscriptions_user_idx" ON "alert_subscriptions" ("user_id");
--> statement-breakpoint
-- RFC 8058 one-click unsubscribe needs List-Unsubscribe and List-Unsubscribe-Post headers on the mail
ALTER TABLE "mail_outbox" ADD COLUMN "headers" jsonb;
--> statement-breakpoint
-- when a sales point became public ("new sales points this week"); set by the database whatever flow publishes it
ALTER TABLE "sales_points" ADD COLUMN "published_at" timestamp with time zone;
--> statement-breakpoint
UPDATE "sales_points" SET "published_at" = "updated_at" WHERE "status" = 'published';
--> statement-breakpoint
CREATE INDEX "sales_points_published_idx" ON "sales_points" ("status", "published_at");
--> statement-breakpoint
CREATE FUNCTION "sales_points_stamp_published"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NEW."status" = 'published' AND (TG_OP = 'INSERT' OR OLD."status" IS DISTINCT FROM 'published') AND NEW."published_at" IS NULL THEN
		NEW."published_at" := now();
	END IF;
	RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "sales_points_stamp_published" BEFORE INSERT OR UPDATE OF "status" ON "sales_points"
	FOR EACH ROW EXECUTE FUNCTION "sales_points_stamp_published"();
