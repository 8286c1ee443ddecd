ALTER TABLE "journeys" ADD COLUMN "draft_revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "journeys" ADD COLUMN "archived_at" timestamp with time zone;