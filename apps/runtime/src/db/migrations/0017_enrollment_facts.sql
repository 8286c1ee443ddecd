CREATE TABLE "enrollment_facts" (
	"enrollment_id" uuid PRIMARY KEY NOT NULL,
	"journey_version_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	"status" text NOT NULL,
	"outcome" text,
	"currency" text NOT NULL,
	"amount_due" numeric(14, 2) NOT NULL,
	"first_payment_at" timestamp with time zone,
	"paid" boolean NOT NULL,
	"promises_made" integer NOT NULL,
	"hardship_requests" integer NOT NULL,
	"opt_outs" integer NOT NULL,
	"disputes" integer NOT NULL,
	"tasks" integer NOT NULL,
	"tasks_resolved" integer NOT NULL,
	"agent_call" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "journey_daily_sends" (
	"journey_version_id" uuid NOT NULL,
	"day" date NOT NULL,
	"sends" integer NOT NULL,
	CONSTRAINT "journey_daily_sends_journey_version_id_day_pk" PRIMARY KEY("journey_version_id","day")
);
--> statement-breakpoint
CREATE TABLE "routed_payments" (
	"enrollment_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"journey_version_id" uuid NOT NULL,
	"enrolled_at" timestamp with time zone NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"currency" text NOT NULL,
	"amount" numeric,
	CONSTRAINT "routed_payments_enrollment_id_event_id_pk" PRIMARY KEY("enrollment_id","event_id")
);
--> statement-breakpoint
ALTER TABLE "enrollment_facts" ADD CONSTRAINT "enrollment_facts_enrollment_id_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "public"."enrollments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "routed_payments" ADD CONSTRAINT "routed_payments_enrollment_id_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "public"."enrollments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "enrollment_facts_version" ON "enrollment_facts" USING btree ("journey_version_id","created_at");--> statement-breakpoint
CREATE INDEX "routed_payments_cohort" ON "routed_payments" USING btree ("journey_version_id","enrolled_at");--> statement-breakpoint
CREATE INDEX "routed_payments_day" ON "routed_payments" USING btree ("journey_version_id","occurred_at");--> statement-breakpoint
CREATE INDEX "tasks_enrollment" ON "tasks" USING btree ("enrollment_id");--> statement-breakpoint
-- Recomputes the facts and routed payments of the given enrollments from the source tables, with
-- the definitions of docs/results.md (routing as in results/scope.ts). Every trigger below calls
-- it, in the writing transaction, for the enrollments a write could change. Recomputing (rather
-- than adding deltas) keeps it exact whatever was written; the facts rows are locked first, so a
-- concurrent refresh of the same enrollment waits and then recomputes from what that one committed
-- (each statement of a volatile function reads a fresh snapshot under READ COMMITTED).
CREATE FUNCTION enrollment_facts_refresh(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(cardinality(ids), 0) = 0 THEN RETURN; END IF;
  PERFORM 1 FROM enrollment_facts WHERE enrollment_id = ANY(ids) ORDER BY enrollment_id FOR UPDATE;
  DELETE FROM routed_payments WHERE enrollment_id = ANY(ids);
  INSERT INTO routed_payments (enrollment_id, event_id, journey_version_id, enrolled_at, occurred_at,
         currency, amount)
  SELECT e.id, ev.id, e.journey_version_id, e.created_at, ev.occurred_at,
         coalesce(ev.data->>'currency', a.currency), (ev.data->>'amount')::numeric
    FROM enrollments e
    JOIN accounts a ON a.id = e.account_id
    JOIN events ev ON ev.borrower_id = e.borrower_id
   WHERE e.id = ANY(ids) AND ev.type = 'payment.received'
     AND (ev.account_id IS NULL OR ev.account_id = e.account_id)
     AND ev.occurred_at >= e.created_at
     AND (e.completed_at IS NULL OR ev.occurred_at <= e.completed_at);
  INSERT INTO enrollment_facts AS f (enrollment_id, journey_version_id, created_at, completed_at,
         status, outcome, currency, amount_due, first_payment_at, paid, promises_made,
         hardship_requests, opt_outs, disputes, tasks, tasks_resolved, agent_call)
  SELECT e.id, e.journey_version_id, e.created_at, e.completed_at, e.status, e.outcome,
         a.currency, a.amount_due, ev.first_payment_at, coalesce(ev.paid, false),
         ev.promises_made, ev.hardship_requests, ev.opt_outs, ev.disputes, t.tasks, t.resolved,
         EXISTS (SELECT 1 FROM contact_ledger cl
                  WHERE cl.borrower_id = e.borrower_id AND cl.logged_by IS NOT NULL
                    AND cl.attempted_at >= e.created_at AND cl.attempted_at <= e.completed_at)
    FROM enrollments e
    JOIN accounts a ON a.id = e.account_id
    CROSS JOIN LATERAL (
      SELECT min(ev.occurred_at) FILTER (WHERE ev.type = 'payment.received') AS first_payment_at,
             bool_or(ev.type IN ('payment.received', 'payment.settled')) AS paid,
             count(*) FILTER (WHERE ev.type = 'ptp.promised')::int AS promises_made,
             count(*) FILTER (WHERE ev.type = 'hardship.requested')::int AS hardship_requests,
             count(*) FILTER (WHERE ev.type = 'contact.optedOut')::int AS opt_outs,
             count(*) FILTER (WHERE ev.type = 'dispute.opened')::int AS disputes
        FROM events ev
       WHERE ev.borrower_id = e.borrower_id
         AND (ev.account_id IS NULL OR ev.account_id = e.account_id)
         AND ev.occurred_at >= e.created_at
         AND (e.completed_at IS NULL OR ev.occurred_at <= e.completed_at)) ev
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS tasks, count(*) FILTER (WHERE t.status = 'resolved')::int AS resolved
        FROM tasks t WHERE t.enrollment_id = e.id) t
   WHERE e.id = ANY(ids)
  ON CONFLICT (enrollment_id) DO UPDATE SET
     journey_version_id = excluded.journey_version_id, created_at = excluded.created_at,
     completed_at = excluded.completed_at, status = excluded.status, outcome = excluded.outcome,
     currency = excluded.currency, amount_due = excluded.amount_due,
     first_payment_at = excluded.first_payment_at, paid = excluded.paid,
     promises_made = excluded.promises_made, hardship_requests = excluded.hardship_requests,
     opt_outs = excluded.opt_outs, disputes = excluded.disputes, tasks = excluded.tasks,
     tasks_resolved = excluded.tasks_resolved, agent_call = excluded.agent_call;
END $$;
--> statement-breakpoint
-- Enrollments: a new one, or a change to what the facts copy or route by (not current_node).
CREATE FUNCTION enrollments_facts_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM enrollment_facts_refresh(array(SELECT id FROM new_enrollments));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER enrollments_facts_inserted AFTER INSERT ON enrollments
  REFERENCING NEW TABLE AS new_enrollments FOR EACH STATEMENT
  EXECUTE FUNCTION enrollments_facts_inserted();
--> statement-breakpoint
CREATE FUNCTION enrollments_facts_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM enrollment_facts_refresh(array(
    SELECT n.id FROM new_enrollments n JOIN old_enrollments o ON o.id = n.id
     WHERE (n.status, n.outcome, n.created_at, n.completed_at, n.borrower_id, n.account_id,
            n.journey_version_id)
           IS DISTINCT FROM (o.status, o.outcome, o.created_at, o.completed_at, o.borrower_id,
            o.account_id, o.journey_version_id)));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER enrollments_facts_updated AFTER UPDATE ON enrollments
  REFERENCING OLD TABLE AS old_enrollments NEW TABLE AS new_enrollments FOR EACH STATEMENT
  EXECUTE FUNCTION enrollments_facts_updated();
--> statement-breakpoint
-- Events of the types the facts count, for every enrollment they could be routed to.
CREATE FUNCTION events_facts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM enrollment_facts_refresh(array(
    SELECT DISTINCT e.id
      FROM changed_events c
      JOIN enrollments e ON e.borrower_id = c.borrower_id
                        AND (c.account_id IS NULL OR c.account_id = e.account_id)
     WHERE c.type IN ('payment.received', 'payment.settled', 'ptp.promised', 'hardship.requested',
                      'contact.optedOut', 'dispute.opened')));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER events_facts_inserted AFTER INSERT ON events
  REFERENCING NEW TABLE AS changed_events FOR EACH STATEMENT EXECUTE FUNCTION events_facts_changed();
--> statement-breakpoint
CREATE TRIGGER events_facts_deleted AFTER DELETE ON events
  REFERENCING OLD TABLE AS changed_events FOR EACH STATEMENT EXECUTE FUNCTION events_facts_changed();
--> statement-breakpoint
-- An update counts as the old row removed and the new one added, unless nothing the facts read
-- changed (the relay moves signal_due_at on every event).
CREATE FUNCTION events_facts_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM enrollment_facts_refresh(array(
    SELECT DISTINCT e.id
      FROM new_events n JOIN old_events o ON o.id = n.id
      CROSS JOIN LATERAL (VALUES (n.type, n.borrower_id, n.account_id),
                                 (o.type, o.borrower_id, o.account_id)) c(type, borrower_id, account_id)
      JOIN enrollments e ON e.borrower_id = c.borrower_id
                        AND (c.account_id IS NULL OR c.account_id = e.account_id)
     WHERE (n.type, n.borrower_id, n.account_id, n.occurred_at, n.data)
           IS DISTINCT FROM (o.type, o.borrower_id, o.account_id, o.occurred_at, o.data)
       AND c.type IN ('payment.received', 'payment.settled', 'ptp.promised', 'hardship.requested',
                      'contact.optedOut', 'dispute.opened')));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER events_facts_updated AFTER UPDATE ON events
  REFERENCING OLD TABLE AS old_events NEW TABLE AS new_events FOR EACH STATEMENT
  EXECUTE FUNCTION events_facts_updated();
--> statement-breakpoint
-- Tasks: the enrollment's count and resolved count.
CREATE FUNCTION tasks_facts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM enrollment_facts_refresh(array(
    SELECT DISTINCT enrollment_id FROM changed_tasks WHERE enrollment_id IS NOT NULL));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER tasks_facts_inserted AFTER INSERT ON tasks
  REFERENCING NEW TABLE AS changed_tasks FOR EACH STATEMENT EXECUTE FUNCTION tasks_facts_changed();
--> statement-breakpoint
CREATE TRIGGER tasks_facts_deleted AFTER DELETE ON tasks
  REFERENCING OLD TABLE AS changed_tasks FOR EACH STATEMENT EXECUTE FUNCTION tasks_facts_changed();
--> statement-breakpoint
CREATE FUNCTION tasks_facts_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM enrollment_facts_refresh(array(
    SELECT DISTINCT x.enrollment_id
      FROM new_tasks n JOIN old_tasks o ON o.id = n.id
      CROSS JOIN LATERAL (VALUES (n.enrollment_id), (o.enrollment_id)) x(enrollment_id)
     WHERE (n.status, n.enrollment_id) IS DISTINCT FROM (o.status, o.enrollment_id)
       AND x.enrollment_id IS NOT NULL));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER tasks_facts_updated AFTER UPDATE ON tasks
  REFERENCING OLD TABLE AS old_tasks NEW TABLE AS new_tasks FOR EACH STATEMENT
  EXECUTE FUNCTION tasks_facts_updated();
--> statement-breakpoint
-- Accounts: the amount due and currency the facts copy.
CREATE FUNCTION accounts_facts_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM enrollment_facts_refresh(array(
    SELECT e.id FROM new_accounts n JOIN old_accounts o ON o.id = n.id
      JOIN enrollments e ON e.account_id = n.id
     WHERE (n.amount_due, n.currency) IS DISTINCT FROM (o.amount_due, o.currency)));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER accounts_facts_updated AFTER UPDATE ON accounts
  REFERENCING OLD TABLE AS old_accounts NEW TABLE AS new_accounts FOR EACH STATEMENT
  EXECUTE FUNCTION accounts_facts_updated();
--> statement-breakpoint
-- Contacts: an agent's call marks the borrower's enrollments live at the time (agent_call), and
-- a sent contact of an enrollment counts for its version's UTC day (journey_daily_sends). An
-- update counts as the old row removed (-1) and the new one added (+1), for the rows whose counted
-- columns changed. The ledger is append-only (no DELETE anywhere), so no delete trigger.
CREATE FUNCTION contact_ledger_facts_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM enrollment_facts_refresh(array(
    SELECT DISTINCT e.id FROM new_contacts c JOIN enrollments e ON e.borrower_id = c.borrower_id
     WHERE c.logged_by IS NOT NULL));
  INSERT INTO journey_daily_sends AS d (journey_version_id, day, sends)
  SELECT e.journey_version_id, (c.attempted_at AT TIME ZONE 'UTC')::date, count(*)
    FROM new_contacts c JOIN enrollments e ON e.id = c.enrollment_id
   WHERE c.outcome = 'sent'
   GROUP BY 1, 2
  ON CONFLICT (journey_version_id, day) DO UPDATE SET sends = d.sends + excluded.sends;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER contact_ledger_facts_inserted AFTER INSERT ON contact_ledger
  REFERENCING NEW TABLE AS new_contacts FOR EACH STATEMENT
  EXECUTE FUNCTION contact_ledger_facts_inserted();
--> statement-breakpoint
CREATE FUNCTION contact_ledger_facts_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM enrollment_facts_refresh(array(
    SELECT DISTINCT e.id
      FROM new_contacts n JOIN old_contacts o ON o.id = n.id
      CROSS JOIN LATERAL (VALUES (n.borrower_id, n.logged_by), (o.borrower_id, o.logged_by))
                 c(borrower_id, logged_by)
      JOIN enrollments e ON e.borrower_id = c.borrower_id
     WHERE (n.attempted_at, n.borrower_id, n.logged_by)
           IS DISTINCT FROM (o.attempted_at, o.borrower_id, o.logged_by)
       AND c.logged_by IS NOT NULL));
  INSERT INTO journey_daily_sends AS d (journey_version_id, day, sends)
  SELECT e.journey_version_id, (c.attempted_at AT TIME ZONE 'UTC')::date, sum(c.sign)
    FROM new_contacts n JOIN old_contacts o ON o.id = n.id
    CROSS JOIN LATERAL (VALUES (-1, o.enrollment_id, o.attempted_at, o.outcome),
                               (1, n.enrollment_id, n.attempted_at, n.outcome))
               c(sign, enrollment_id, attempted_at, outcome)
    JOIN enrollments e ON e.id = c.enrollment_id
   WHERE (n.outcome, n.attempted_at, n.enrollment_id)
         IS DISTINCT FROM (o.outcome, o.attempted_at, o.enrollment_id)
     AND c.outcome = 'sent'
   GROUP BY 1, 2
  ON CONFLICT (journey_version_id, day) DO UPDATE SET sends = d.sends + excluded.sends;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER contact_ledger_facts_updated AFTER UPDATE ON contact_ledger
  REFERENCING OLD TABLE AS old_contacts NEW TABLE AS new_contacts FOR EACH STATEMENT
  EXECUTE FUNCTION contact_ledger_facts_updated();
--> statement-breakpoint
-- Backfill: every enrollment's facts and routed payments, and the sends so far.
SELECT enrollment_facts_refresh(array(SELECT id FROM enrollments));
--> statement-breakpoint
INSERT INTO journey_daily_sends (journey_version_id, day, sends)
SELECT e.journey_version_id, (cl.attempted_at AT TIME ZONE 'UTC')::date, count(*)
  FROM contact_ledger cl JOIN enrollments e ON e.id = cl.enrollment_id
 WHERE cl.outcome = 'sent'
 GROUP BY 1, 2;
