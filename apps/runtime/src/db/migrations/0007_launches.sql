CREATE TABLE "launch_holdouts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"launch_id" uuid NOT NULL,
	"journey_id" text NOT NULL,
	"borrower_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"held_out_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "launches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"journey_id" text NOT NULL,
	"rules" jsonb NOT NULL,
	"priority" integer DEFAULT 100 NOT NULL,
	"holdout_percent" integer DEFAULT 0 NOT NULL,
	"reentry_cooloff_days" integer DEFAULT 30 NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_by" text NOT NULL,
	"updated_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "launches_journey_id_unique" UNIQUE("journey_id")
);
--> statement-breakpoint
ALTER TABLE "launch_holdouts" ADD CONSTRAINT "launch_holdouts_launch_id_launches_id_fk" FOREIGN KEY ("launch_id") REFERENCES "public"."launches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "launch_holdouts" ADD CONSTRAINT "launch_holdouts_journey_id_journeys_id_fk" FOREIGN KEY ("journey_id") REFERENCES "public"."journeys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "launch_holdouts" ADD CONSTRAINT "launch_holdouts_borrower_id_borrowers_id_fk" FOREIGN KEY ("borrower_id") REFERENCES "public"."borrowers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "launch_holdouts" ADD CONSTRAINT "launch_holdouts_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "launches" ADD CONSTRAINT "launches_journey_id_journeys_id_fk" FOREIGN KEY ("journey_id") REFERENCES "public"."journeys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "launch_holdouts_account" ON "launch_holdouts" USING btree ("launch_id","account_id");--> statement-breakpoint
CREATE INDEX "launch_holdouts_journey" ON "launch_holdouts" USING btree ("journey_id","held_out_at");--> statement-breakpoint
CREATE INDEX "launches_status" ON "launches" USING btree ("status","priority");--> statement-breakpoint
CREATE INDEX "enrollments_account" ON "enrollments" USING btree ("account_id");