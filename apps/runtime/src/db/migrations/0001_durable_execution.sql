DROP INDEX "journey_steps_enrollment";--> statement-breakpoint
ALTER TABLE "journey_steps" ADD COLUMN "ordinal" integer NOT NULL;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "intent" text;--> statement-breakpoint
CREATE UNIQUE INDEX "journey_steps_ordinal" ON "journey_steps" USING btree ("enrollment_id","ordinal");