CREATE TABLE "borrower_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"borrower_id" uuid NOT NULL,
	"task_id" uuid,
	"body" text NOT NULL,
	"author" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "tasks_queue";--> statement-breakpoint
ALTER TABLE "contact_ledger" ADD COLUMN "call_result" text;--> statement-breakpoint
ALTER TABLE "contact_ledger" ADD COLUMN "logged_by" text;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "claimed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "touched_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "breached_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "borrower_notes" ADD CONSTRAINT "borrower_notes_borrower_id_borrowers_id_fk" FOREIGN KEY ("borrower_id") REFERENCES "public"."borrowers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "borrower_notes" ADD CONSTRAINT "borrower_notes_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "borrower_notes_borrower" ON "borrower_notes" USING btree ("borrower_id","created_at");--> statement-breakpoint
CREATE INDEX "tasks_status_due" ON "tasks" USING btree ("status","due_at","id");--> statement-breakpoint
CREATE INDEX "tasks_assignee" ON "tasks" USING btree ("assignee","status","due_at","id");--> statement-breakpoint
CREATE INDEX "tasks_borrower" ON "tasks" USING btree ("borrower_id");--> statement-breakpoint
CREATE INDEX "tasks_queue" ON "tasks" USING btree ("queue","status","due_at","id");--> statement-breakpoint
-- Agents' notes are append-only: a correction is a new note, never an edit.
CREATE FUNCTION "borrower_notes_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'borrower_notes is append-only: % is refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;--> statement-breakpoint
CREATE TRIGGER "borrower_notes_no_change" BEFORE UPDATE OR DELETE ON "borrower_notes"
  FOR EACH ROW EXECUTE FUNCTION "borrower_notes_append_only"();
