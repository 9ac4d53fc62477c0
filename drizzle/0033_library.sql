CREATE TYPE "public"."library_item_kind" AS ENUM('video', 'handbook', 'webinar_recording', 'virtual_tour', 'presentation', 'link');--> statement-breakpoint
CREATE TABLE "library_files" (
	"item_id" uuid PRIMARY KEY NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"thumbnail" "bytea",
	"thumbnail_width" integer,
	"thumbnail_height" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "library_item_topics" (
	"item_id" uuid NOT NULL,
	"topic_id" integer NOT NULL,
	CONSTRAINT "library_item_topics_item_id_topic_id_pk" PRIMARY KEY("item_id","topic_id")
);
--> statement-breakpoint
CREATE TABLE "library_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"project_id" uuid,
	"event_id" uuid,
	"slug" text NOT NULL,
	"kind" "library_item_kind" NOT NULL,
	"title" jsonb NOT NULL,
	"summary" jsonb NOT NULL,
	"language" text DEFAULT 'lv' NOT NULL,
	"author" text,
	"url" text,
	"duration_minutes" integer,
	"pages" integer,
	"transcript" text,
	"chapters" jsonb,
	"status" "publication_status" DEFAULT 'draft' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"sort_key" text NOT NULL,
	"created_by" text,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "library_items_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "library_topics" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "library_topics_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"name" jsonb NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "library_topics_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "library_usage" (
	"item_id" uuid NOT NULL,
	"month" date NOT NULL,
	"views" integer DEFAULT 0 NOT NULL,
	"downloads" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "library_usage_item_id_month_pk" PRIMARY KEY("item_id","month")
);
--> statement-breakpoint
ALTER TABLE "library_files" ADD CONSTRAINT "library_files_item_id_library_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."library_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_item_topics" ADD CONSTRAINT "library_item_topics_item_id_library_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."library_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_item_topics" ADD CONSTRAINT "library_item_topics_topic_id_library_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."library_topics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_items" ADD CONSTRAINT "library_items_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_items" ADD CONSTRAINT "library_items_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_items" ADD CONSTRAINT "library_items_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_usage" ADD CONSTRAINT "library_usage_item_id_library_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."library_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "library_item_topics_topic_idx" ON "library_item_topics" USING btree ("topic_id");--> statement-breakpoint
CREATE INDEX "library_items_organisation_idx" ON "library_items" USING btree ("organisation_id","status");--> statement-breakpoint
CREATE INDEX "library_items_project_idx" ON "library_items" USING btree ("project_id","status");--> statement-breakpoint
CREATE INDEX "library_items_event_idx" ON "library_items" USING btree ("event_id","status");--> statement-breakpoint
CREATE INDEX "library_items_published_idx" ON "library_items" USING btree ("status","published_at");--> statement-breakpoint
INSERT INTO "library_topics" ("slug", "name", "position") VALUES
	('sociala-uznemejdarbiba', '{"lv":"Sociālā uzņēmējdarbība","en":"Social entrepreneurship","ro":"Antreprenoriat social","ru":"Социальное предпринимательство"}', 10),
	('biznesa-ideja', '{"lv":"Biznesa ideja un plānošana","en":"Business idea and planning","ro":"Ideea de afaceri și planificarea","ru":"Бизнес-идея и планирование"}', 20),
	('tirdznieciba-interneta', '{"lv":"Tirdzniecība internetā","en":"Selling online","ro":"Vânzarea online","ru":"Продажи в интернете"}', 30),
	('marketings', '{"lv":"Mārketings un zīmols","en":"Marketing and branding","ro":"Marketing și brand","ru":"Маркетинг и бренд"}', 40),
	('partikas-razosana', '{"lv":"Pārtikas ražošana un higiēna","en":"Food production and hygiene","ro":"Producția alimentară și igiena","ru":"Производство продуктов и гигиена"}', 50),
	('amatnieciba', '{"lv":"Amatniecība","en":"Crafts","ro":"Meșteșuguri","ru":"Ремёсла"}', 60),
	('lauku-turisms', '{"lv":"Lauku tūrisms un kultūras mantojums","en":"Rural tourism and heritage","ro":"Turism rural și patrimoniu","ru":"Сельский туризм и наследие"}', 70),
	('finansejums', '{"lv":"Finansējums un projekti","en":"Funding and projects","ro":"Finanțare și proiecte","ru":"Финансирование и проекты"}', 80),
	('koprade', '{"lv":"Koprades telpas un kopienas","en":"Coworking and communities","ro":"Spații de coworking și comunități","ru":"Коворкинги и сообщества"}', 90),
	('sadarbiba', '{"lv":"Starptautiskā sadarbība","en":"International cooperation","ro":"Cooperare internațională","ru":"Международное сотрудничество"}', 100);
