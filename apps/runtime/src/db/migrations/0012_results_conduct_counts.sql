CREATE TABLE "contact_conduct_counts" (
	"journey_version_id" uuid NOT NULL,
	"cohort_day" date NOT NULL,
	"contacts" integer NOT NULL,
	"outside_window" integer NOT NULL,
	"cap_breaches" integer NOT NULL,
	"during_hold" integer NOT NULL,
	"after_opt_out" integer NOT NULL,
	CONSTRAINT "contact_conduct_counts_journey_version_id_cohort_day_pk" PRIMARY KEY("journey_version_id","cohort_day")
);
--> statement-breakpoint
CREATE TABLE "contact_conduct_pending" (
	"ledger_id" bigint PRIMARY KEY NOT NULL,
	"journey_version_id" uuid NOT NULL
);
--> statement-breakpoint
ALTER TABLE "contact_conduct_counts" ADD CONSTRAINT "contact_conduct_counts_journey_version_id_journey_versions_id_fk" FOREIGN KEY ("journey_version_id") REFERENCES "public"."journey_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_conduct_pending" ADD CONSTRAINT "contact_conduct_pending_ledger_id_contact_ledger_id_fk" FOREIGN KEY ("ledger_id") REFERENCES "public"."contact_ledger"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_conduct_pending" ADD CONSTRAINT "contact_conduct_pending_journey_version_id_journey_versions_id_fk" FOREIGN KEY ("journey_version_id") REFERENCES "public"."journey_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contact_conduct_pending_version" ON "contact_conduct_pending" USING btree ("journey_version_id");--> statement-breakpoint
-- A contact ("sent", of an enrollment) is queued for its conduct check in the transaction that
-- writes it; one that stops being "sent" (a provider refused it: deliver.ts) loses its verdict.
CREATE FUNCTION contact_ledger_conduct_queued() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO contact_conduct_pending (ledger_id, journey_version_id)
  SELECT n.id, e.journey_version_id FROM new_contacts n JOIN enrollments e ON e.id = n.enrollment_id
   WHERE n.outcome = 'sent'
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER contact_ledger_conduct_queued AFTER INSERT ON contact_ledger
  REFERENCING NEW TABLE AS new_contacts FOR EACH STATEMENT
  EXECUTE FUNCTION contact_ledger_conduct_queued();
--> statement-breakpoint
CREATE FUNCTION contact_ledger_conduct_requeued() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.outcome = 'sent' AND NEW.outcome <> 'sent' THEN
    DELETE FROM contact_conduct_pending WHERE ledger_id = OLD.id;
    DELETE FROM contact_conduct WHERE ledger_id = OLD.id;
  ELSIF NEW.outcome = 'sent' AND OLD.outcome <> 'sent' AND NEW.enrollment_id IS NOT NULL THEN
    INSERT INTO contact_conduct_pending (ledger_id, journey_version_id)
    SELECT NEW.id, e.journey_version_id FROM enrollments e WHERE e.id = NEW.enrollment_id
    ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER contact_ledger_conduct_requeued AFTER UPDATE OF outcome ON contact_ledger
  FOR EACH ROW EXECUTE FUNCTION contact_ledger_conduct_requeued();
--> statement-breakpoint
-- The counts follow the verdicts actually written or removed (a conflicting insert writes none).
CREATE FUNCTION contact_conduct_counted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE sign integer := CASE TG_OP WHEN 'INSERT' THEN 1 ELSE -1 END;
BEGIN
  INSERT INTO contact_conduct_counts AS c (journey_version_id, cohort_day, contacts, outside_window,
         cap_breaches, during_hold, after_opt_out)
  SELECT journey_version_id, cohort_day, sign * count(*), sign * count(*) FILTER (WHERE outside_window),
         sign * count(*) FILTER (WHERE cap_breach), sign * count(*) FILTER (WHERE during_hold),
         sign * count(*) FILTER (WHERE after_opt_out)
    FROM changed_verdicts GROUP BY 1, 2
  ON CONFLICT (journey_version_id, cohort_day) DO UPDATE
     SET contacts = c.contacts + excluded.contacts,
         outside_window = c.outside_window + excluded.outside_window,
         cap_breaches = c.cap_breaches + excluded.cap_breaches,
         during_hold = c.during_hold + excluded.during_hold,
         after_opt_out = c.after_opt_out + excluded.after_opt_out;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER contact_conduct_counted_insert AFTER INSERT ON contact_conduct
  REFERENCING NEW TABLE AS changed_verdicts FOR EACH STATEMENT
  EXECUTE FUNCTION contact_conduct_counted();
--> statement-breakpoint
CREATE TRIGGER contact_conduct_counted_delete AFTER DELETE ON contact_conduct
  REFERENCING OLD TABLE AS changed_verdicts FOR EACH STATEMENT
  EXECUTE FUNCTION contact_conduct_counted();
--> statement-breakpoint
-- Backfill: the verdicts stored so far, and every contact not checked yet.
INSERT INTO contact_conduct_counts (journey_version_id, cohort_day, contacts, outside_window,
       cap_breaches, during_hold, after_opt_out)
SELECT journey_version_id, cohort_day, count(*), count(*) FILTER (WHERE outside_window),
       count(*) FILTER (WHERE cap_breach), count(*) FILTER (WHERE during_hold),
       count(*) FILTER (WHERE after_opt_out)
  FROM contact_conduct GROUP BY 1, 2;
--> statement-breakpoint
INSERT INTO contact_conduct_pending (ledger_id, journey_version_id)
SELECT cl.id, e.journey_version_id FROM contact_ledger cl JOIN enrollments e ON e.id = cl.enrollment_id
 WHERE cl.outcome = 'sent' AND NOT EXISTS (SELECT 1 FROM contact_conduct cc WHERE cc.ledger_id = cl.id);
