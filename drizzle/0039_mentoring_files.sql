CREATE TABLE "mentoring_files" (
	"resource_id" uuid PRIMARY KEY NOT NULL,
	"media_type" text NOT NULL,
	"bytes" bytea NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "mentoring_files" ADD CONSTRAINT "mentoring_files_resource_id_mentoring_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."mentoring_resources"("id") ON DELETE cascade ON UPDATE no action;
