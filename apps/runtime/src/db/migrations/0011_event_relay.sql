ALTER TABLE "events" ADD COLUMN "signal_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "seq" bigserial NOT NULL;--> statement-breakpoint
CREATE INDEX "events_signal_due" ON "events" USING btree ("signal_due_at") WHERE "events"."signal_due_at" is not null;