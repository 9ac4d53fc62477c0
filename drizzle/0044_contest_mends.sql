-- The draw log is read per contest in insertion order (listDrawLog: ORDER BY seq), not by time.
DROP INDEX IF EXISTS "contest_draw_log_contest_idx";
--> statement-breakpoint
CREATE INDEX "contest_draw_log_contest_idx" ON "contest_draw_log" USING btree ("contest_id","seq");
