-- Regional insight (issue 20): the views' fixed windows (last 4, 12, 26, 52 weeks) rolled up once
-- more per need, municipality and category, so a year over a million logged searches answers in
-- well under a second (bench/insight.ts). Filled by the nightly roll-up; until then the views read
-- demand_weekly as before (window_monday is null).
CREATE TABLE "demand_window" (
	"weeks" integer NOT NULL,
	"need_key" text NOT NULL,
	"municipality_id" integer,
	"category_id" integer,
	"searches" integer NOT NULL,
	"zero_results" integer NOT NULL,
	"label" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "demand_rollup_state" ADD COLUMN "window_monday" date;--> statement-breakpoint
CREATE INDEX "demand_window_weeks_idx" ON "demand_window" USING btree ("weeks","municipality_id");
