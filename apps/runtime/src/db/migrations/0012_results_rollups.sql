CREATE TABLE "contact_conduct" (
	"ledger_id" bigint PRIMARY KEY NOT NULL,
	"journey_version_id" uuid NOT NULL,
	"cohort_day" date NOT NULL,
	"outside_window" boolean NOT NULL,
	"cap_breach" boolean NOT NULL,
	"during_hold" boolean NOT NULL,
	"after_opt_out" boolean NOT NULL,
	"checked_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "journey_step_counts" (
	"journey_version_id" uuid NOT NULL,
	"cohort_day" date NOT NULL,
	"node_id" text NOT NULL,
	"kind" text NOT NULL,
	"port" text NOT NULL,
	"visits" integer NOT NULL,
	"enrollments" integer NOT NULL,
	CONSTRAINT "journey_step_counts_journey_version_id_cohort_day_node_id_kind_port_pk" PRIMARY KEY("journey_version_id","cohort_day","node_id","kind","port")
);
--> statement-breakpoint
ALTER TABLE "journey_steps" ADD COLUMN "seconds_at_step" double precision;--> statement-breakpoint
ALTER TABLE "contact_conduct" ADD CONSTRAINT "contact_conduct_ledger_id_contact_ledger_id_fk" FOREIGN KEY ("ledger_id") REFERENCES "public"."contact_ledger"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_conduct" ADD CONSTRAINT "contact_conduct_journey_version_id_journey_versions_id_fk" FOREIGN KEY ("journey_version_id") REFERENCES "public"."journey_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journey_step_counts" ADD CONSTRAINT "journey_step_counts_journey_version_id_journey_versions_id_fk" FOREIGN KEY ("journey_version_id") REFERENCES "public"."journey_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contact_conduct_version" ON "contact_conduct" USING btree ("journey_version_id","cohort_day");--> statement-breakpoint
CREATE INDEX "journey_steps_seconds_at_step" ON "journey_steps" USING btree ("journey_version_id","node_id","seconds_at_step") WHERE seconds_at_step is not null;--> statement-breakpoint
-- Kept in the transaction that writes steps (recordStep, or any other writer), from the rows the
-- INSERT actually wrote: the transition table holds no row a conflict dropped, so a retried or
-- replayed recordStep counts nothing twice. docs/results.md defines both numbers.
CREATE FUNCTION journey_steps_counted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Time at the step, on the exit or end row that follows an enter (either row may be new).
  UPDATE journey_steps ex SET seconds_at_step = extract(epoch from ex.at - en.at)::float8
    FROM new_steps n JOIN journey_steps en
      ON en.enrollment_id = n.enrollment_id AND en.ordinal = n.ordinal - 1 AND en.kind = 'enter'
   WHERE ex.id = n.id AND n.kind IN ('exit', 'end');
  UPDATE journey_steps ex SET seconds_at_step = extract(epoch from ex.at - n.at)::float8
    FROM new_steps n
   WHERE n.kind = 'enter' AND ex.enrollment_id = n.enrollment_id AND ex.ordinal = n.ordinal + 1
     AND ex.kind IN ('exit', 'end') AND ex.seconds_at_step IS NULL;
  -- Visits add up; an enrollment adds to `enrollments` only for a key it had no earlier row at.
  WITH touched AS (SELECT DISTINCT enrollment_id FROM new_steps),
  earlier AS (
    SELECT DISTINCT o.enrollment_id, o.node_id, o.kind, coalesce(o.port, '') AS port
      FROM touched t JOIN journey_steps o ON o.enrollment_id = t.enrollment_id
     WHERE NOT EXISTS (SELECT 1 FROM new_steps n WHERE n.id = o.id)),
  fresh AS (
    SELECT n.journey_version_id, n.enrollment_id, n.node_id, n.kind, coalesce(n.port, '') AS port,
           count(*) AS visits
      FROM new_steps n GROUP BY 1, 2, 3, 4, 5)
  INSERT INTO journey_step_counts AS c
         (journey_version_id, cohort_day, node_id, kind, port, visits, enrollments)
  SELECT f.journey_version_id, (e.created_at AT TIME ZONE 'UTC')::date, f.node_id, f.kind, f.port,
         sum(f.visits), count(*) FILTER (WHERE o.enrollment_id IS NULL)
    FROM fresh f
    JOIN enrollments e ON e.id = f.enrollment_id
    LEFT JOIN earlier o ON o.enrollment_id = f.enrollment_id AND o.node_id = f.node_id
                       AND o.kind = f.kind AND o.port = f.port
   GROUP BY 1, 2, 3, 4, 5
  ON CONFLICT (journey_version_id, cohort_day, node_id, kind, port) DO UPDATE
     SET visits = c.visits + excluded.visits, enrollments = c.enrollments + excluded.enrollments;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER journey_steps_counted AFTER INSERT ON journey_steps
  REFERENCING NEW TABLE AS new_steps FOR EACH STATEMENT EXECUTE FUNCTION journey_steps_counted();
--> statement-breakpoint
-- Backfill: the steps written before this migration.
UPDATE journey_steps ex SET seconds_at_step = extract(epoch from ex.at - en.at)::float8
  FROM journey_steps en
 WHERE en.enrollment_id = ex.enrollment_id AND en.ordinal = ex.ordinal - 1 AND en.kind = 'enter'
   AND ex.kind IN ('exit', 'end');
--> statement-breakpoint
INSERT INTO journey_step_counts (journey_version_id, cohort_day, node_id, kind, port, visits, enrollments)
SELECT js.journey_version_id, (e.created_at AT TIME ZONE 'UTC')::date, js.node_id, js.kind,
       coalesce(js.port, ''), count(*), count(DISTINCT js.enrollment_id)
  FROM journey_steps js JOIN enrollments e ON e.id = js.enrollment_id
 GROUP BY 1, 2, 3, 4, 5;
--> statement-breakpoint
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
