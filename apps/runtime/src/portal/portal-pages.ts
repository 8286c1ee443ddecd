// The portal's pages behind a verified link: GET shows, POST acts and shows the outcome.
import type { EventVerdict } from '@tandem/dsl';
import { Hono, type Context } from 'hono';
import type { Logger } from 'pino';
import type { z } from 'zod';
import type { Database } from '../db/client';
import type { JourneyDriver } from '../journey-driver';
import { findLesson } from '../lessons/lesson-library';
import { lessonText } from '../lessons/lesson-schema';
import { layout, notice, type Html, type PageKit } from './page-kit';
import { hardshipPage } from './pages/hardship-page';
import { homePage } from './pages/home-page';
import { lessonPage } from './pages/lesson-page';
import { offeredPlans, planNonePage, planPage } from './pages/plan-page';
import { preferencesPage } from './pages/preferences-page';
import {
  promiseCancelPage,
  promiseConfirmed,
  promisePage,
  promiseRange,
} from './pages/promise-page';
import {
  acceptPlan,
  cancelPromise,
  declinePlan,
  lessonWatched,
  promiseToPay,
  reportHardship,
  savePreferences,
  type ActionDeps,
} from './portal-actions';
import {
  formValues,
  hardshipForm,
  planForm,
  preferencesForm,
  preferencesProblems,
  promiseForm,
} from './portal-forms';
import { loadSession } from './portal-session';
import { cspWithFormTarget, cspWithMedia, type PortalEnv } from './portal-env';
import { chosenAmount, payLimits, payPage } from './pages/pay-page';
import { paymentUrl } from './payment-handoff';
import { currentPromise, latestPayment, startPayment } from './portal-payments';
import { loadAgreed } from './portal-agreed';
import { dateFromParts } from './date-entry';
import { planSchedule } from './plan-schedule';
import { localDate } from '@tandem/dsl';

export interface PagesDeps extends ActionDeps {
  db: Database;
  journeys?: JourneyDriver;
  logger: Logger;
  paymentSecret?: string;
  publicUrl?: string;
}

/** A short page with one outcome and the way back. */
const outcomePage = (kit: PageKit, title: string, result: Html) =>
  layout(kit, { title, body: result });

/** The node's verdict in the borrower's language (the node's own words are English). */
function rejection(
  kit: PageKit,
  verdict: Extract<EventVerdict, { ok: false }>,
  maxDaysOut?: number,
): string {
  const r = kit.t.rejected;
  if (verdict.reason === 'tooFar' && maxDaysOut !== undefined) return r.tooFarDays(maxDaysOut);
  return verdict.reason in r ? (r[verdict.reason as keyof typeof r] as string) : verdict.message;
}

async function form<T extends z.ZodType>(c: Context<PortalEnv>, schema: T) {
  return schema.safeParse(formValues(await c.req.parseBody({ all: true })));
}

export function portalPages(deps: PagesDeps): Hono<PortalEnv> {
  const app = new Hono<PortalEnv>();
  const notOpen = (c: Context<PortalEnv>) => {
    const kit = c.get('kit');
    return c.html(outcomePage(kit, kit.t.home.title, notice('error', kit.t.rejected.notOpen)));
  };

  /** The lender's payment page settings, when paying here is possible at all. */
  const payment = (c: Context<PortalEnv>) => {
    const settings = c.get('kit').lender?.settings.payment;
    return settings && deps.paymentSecret ? { ...settings, secret: deps.paymentSecret } : null;
  };
  /** The pay page's form may be sent on to the provider (CSP form-action follows redirects). */
  const allowProvider = (c: Context<PortalEnv>) => {
    const target = payment(c);
    if (target)
      c.header(
        'content-security-policy',
        cspWithFormTarget(new URL(target.urlTemplate.replace(/\{[a-z_]+\}/g, 'x')).origin),
      );
  };
  const payState = async (c: Context<PortalEnv>) => {
    const session = c.get('session');
    const [promise, paid] = await Promise.all([
      currentPromise(deps.db, session),
      latestPayment(deps.db, session, deps.now()),
    ]);
    const limits = payLimits(session.account.amountDue, payment(c)?.minAmount);
    return { promise, payment: paid, limits, available: payment(c) !== null };
  };

  app.get('/', async (c) => {
    const session = c.get('session');
    const lesson =
      session.step.kind === 'lesson' ? await findLesson(deps.db, session.step.config.lesson) : null;
    const agreed = await loadAgreed(deps.db, session, deps.now());
    return c.html(homePage(c.get('kit'), session, lesson, agreed, payment(c) !== null));
  });

  app.get('/pay', async (c) => {
    allowProvider(c);
    return c.html(
      payPage(c.get('kit'), c.get('session'), {
        csrf: c.get('form')('pay'),
        ...(await payState(c)),
      }),
    );
  });

  app.post('/pay', async (c) => {
    const kit = c.get('kit');
    const session = c.get('session');
    const state = await payState(c);
    const target = payment(c);
    const csrf = c.get('form')('pay');
    allowProvider(c);
    if (!target || (state.payment && !state.payment.received))
      return c.html(payPage(kit, session, { csrf, ...state }), 409);
    const body = await c.req.parseBody();
    const typed = {
      ...(typeof body.choice === 'string' ? { choice: body.choice } : {}),
      ...(typeof body.other === 'string' ? { other: body.other.slice(0, 40) } : {}),
    };
    const chosen = chosenAmount(typed, session.account.amountDue, state.promise, state.limits);
    if (!chosen.ok) {
      const money = (n: number) => kit.money(n, session.account.currency);
      const text =
        chosen.problem === 'choice'
          ? kit.t.pay.chooseOne
          : kit.t.pay.outOfRange(money(state.limits.min), money(state.limits.max));
      const result = notice('error', text);
      return c.html(
        payPage(kit, session, { csrf, ...state, ...typed, result, invalid: chosen.problem }),
        400,
      );
    }
    const reference = await startPayment(deps.db, session, chosen.amount);
    const base = (deps.publicUrl ?? new URL(c.req.url).origin).replace(/\/$/, '');
    const returnUrl = `${base}/p/${c.get('token')}/pay?lang=${kit.locale}`;
    // The reference, not the borrower: the provider learns the lender's account id and an amount.
    deps.logger.info(
      { reference, enrollmentId: session.enrollmentId },
      'portal payment handed over',
    );
    return c.redirect(
      paymentUrl(target.urlTemplate, target.secret, {
        amount: chosen.amount.toFixed(2),
        currency: session.account.currency,
        account: session.account.externalId,
        reference,
        returnUrl,
      }),
      303,
    );
  });

  app.get('/promise', async (c) => {
    const session = c.get('session');
    const { step, borrower } = session;
    if (step.kind !== 'promise') return notOpen(c);
    const range = promiseRange(step.config, borrower.timezone, deps.now());
    const current = await currentPromise(deps.db, session);
    return c.html(
      promisePage(c.get('kit'), session, { range, current, csrf: c.get('form')('promise') }),
    );
  });

  // Withdrawing the promise in force: a page that says what is withdrawn, and one button.
  app.get('/promise/cancel', async (c) => {
    const kit = c.get('kit');
    const session = c.get('session');
    const current = await currentPromise(deps.db, session);
    if (session.step.kind !== 'promise' || !current) return notOpen(c);
    return c.html(promiseCancelPage(kit, session, current, c.get('form')('promise')));
  });

  app.post('/promise/cancel', async (c) => {
    const kit = c.get('kit');
    const session = c.get('session');
    const current = await currentPromise(deps.db, session);
    if (session.step.kind !== 'promise' || !current) return notOpen(c);
    const verdict = await cancelPromise(deps, session);
    if (!verdict.ok) {
      const result = notice('error', rejection(kit, verdict));
      return c.html(
        promiseCancelPage(kit, session, current, c.get('form')('promise'), result),
        422,
      );
    }
    return c.html(
      outcomePage(kit, kit.t.promise.cancelTitle, notice('success', kit.t.promise.cancelled)),
    );
  });

  app.post('/promise', async (c) => {
    const kit = c.get('kit');
    const session = c.get('session');
    const { step } = session;
    if (step.kind !== 'promise') return notOpen(c);
    const range = promiseRange(step.config, session.borrower.timezone, deps.now());
    const csrf = c.get('form')('promise');
    const body = await c.req.parseBody();
    const text = (v: unknown) => (typeof v === 'string' ? v.slice(0, 10) : undefined);
    const parts = { day: text(body.day), month: text(body.month), year: text(body.year) };
    const typed = {
      typed: Object.fromEntries(Object.entries(parts).filter(([, v]) => v !== undefined)),
      ...(typeof body.amount === 'string' ? { amount: body.amount.slice(0, 40) } : {}),
    };
    // Day, month and year from the page; an ISO `date` from a client that sends one.
    const values = formValues(body);
    const date = 'date' in values ? values.date : (dateFromParts(parts) ?? '');
    const input = promiseForm.safeParse({ ...values, date });
    const current = await currentPromise(deps.db, session);
    // A promise in force is replaced only when the borrower says so (never a silent second one).
    if (input.success && current && body.replace !== 'yes') {
      const result = notice('error', kit.t.promise.replaceRequired);
      return c.html(
        promisePage(kit, session, { range, csrf, result, current, ...typed, invalid: 'replace' }),
        409,
      );
    }
    if (!input.success) {
      const result = notice('error', kit.t.errors.invalidInput);
      return c.html(
        promisePage(kit, session, { range, csrf, result, current, ...typed, invalid: 'date' }),
        400,
      );
    }
    const verdict = await promiseToPay(deps, session, {
      date: input.data.date,
      ...(input.data.amount === undefined ? {} : { amount: input.data.amount }),
    });
    if (verdict.ok) {
      const amount = input.data.amount ?? session.account.amountDue;
      const confirmed = promiseConfirmed(kit, input.data.date, amount, session.account.currency);
      return c.html(outcomePage(kit, kit.t.promise.title, confirmed));
    }
    const result = notice('error', rejection(kit, verdict, step.config.maxDaysOut));
    return c.html(
      promisePage(kit, session, { range, csrf, result, current, ...typed, invalid: 'date' }),
      422,
    );
  });

  app.get('/plan', (c) => {
    const { step } = c.get('session');
    if (step.kind !== 'plan') return notOpen(c);
    return c.html(
      planPage(c.get('kit'), c.get('session'), step.config, {
        now: deps.now(),
        csrf: c.get('form')('plan'),
      }),
    );
  });

  app.post('/plan', async (c) => {
    const kit = c.get('kit');
    const session = c.get('session');
    const { step } = session;
    if (step.kind !== 'plan') return notOpen(c);
    const csrf = c.get('form')('plan');
    const input = await form(c, planForm);
    const offered = offeredPlans(step.config, session.account.amountDue);
    const chosen = input.success ? offered.find((p) => p.index === input.data.option) : undefined;
    if (!input.success || !chosen) {
      const result = notice('error', kit.t.rejected.unknownOption);
      return c.html(planPage(kit, session, step.config, { now: deps.now(), csrf, result }), 400);
    }
    const verdict = await acceptPlan(deps, session, chosen.index);
    if (!verdict.ok) {
      const result = notice('error', rejection(kit, verdict));
      return c.html(planPage(kit, session, step.config, { now: deps.now(), csrf, result }), 422);
    }
    const today = localDate(deps.now().toISOString(), session.borrower.timezone);
    const [first] = planSchedule(chosen.option, session.account.amountDue, today);
    const text = kit.t.plan.accepted(
      chosen.option.instalments,
      kit.money(first!.amount, session.account.currency),
      kit.date(first!.date),
    );
    return c.html(outcomePage(kit, kit.t.plan.title, notice('success', text)));
  });

  app.get('/plan/none', (c) => {
    if (c.get('session').step.kind !== 'plan') return notOpen(c);
    return c.html(planNonePage(c.get('kit'), { csrf: c.get('form')('plan') }));
  });

  app.post('/plan/none', async (c) => {
    const kit = c.get('kit');
    const session = c.get('session');
    if (session.step.kind !== 'plan') return notOpen(c);
    const csrf = c.get('form')('plan');
    const body = await c.req.parseBody();
    const instead = body.instead === 'pause' || body.instead === 'person' ? body.instead : null;
    if (!instead) {
      const result = notice('error', kit.t.planNone.chooseOne);
      return c.html(planNonePage(kit, { csrf, result, invalid: true }), 400);
    }
    const verdict = await declinePlan(deps, session, instead);
    if (!verdict.ok) {
      const result = notice('error', rejection(kit, verdict));
      return c.html(planNonePage(kit, { csrf, result }), 422);
    }
    const text = instead === 'pause' ? kit.t.planNone.pauseDone : kit.t.planNone.personDone;
    return c.html(outcomePage(kit, kit.t.planNone.title, notice('success', text)));
  });

  const lessonOf = async (c: Context<PortalEnv>) => {
    const { step } = c.get('session');
    return step.kind === 'lesson' ? findLesson(deps.db, step.config.lesson) : null;
  };
  const withVideoCsp = (c: Context<PortalEnv>, videoUrl: string | undefined) => {
    if (videoUrl) c.header('content-security-policy', cspWithMedia(new URL(videoUrl).origin));
  };

  app.get('/lesson', async (c) => {
    const lesson = await lessonOf(c);
    if (!lesson) return notOpen(c);
    const kit = c.get('kit');
    withVideoCsp(c, lessonText(lesson, kit.locale).text.videoUrl);
    return c.html(lessonPage(kit, lesson, { csrf: c.get('form')('lesson'), done: false }));
  });

  app.post('/lesson', async (c) => {
    const lesson = await lessonOf(c);
    if (!lesson) return notOpen(c);
    const kit = c.get('kit');
    await lessonWatched(deps, c.get('session'), lesson.id);
    withVideoCsp(c, lessonText(lesson, kit.locale).text.videoUrl);
    return c.html(
      lessonPage(kit, lesson, {
        csrf: '',
        done: true,
        result: notice('success', kit.t.lesson.done),
      }),
    );
  });

  app.get('/hardship', (c) =>
    c.html(hardshipPage(c.get('kit'), { csrf: c.get('form')('hardship') })),
  );

  app.post('/hardship', async (c) => {
    const kit = c.get('kit');
    const input = await form(c, hardshipForm);
    if (!input.success) {
      const result = notice('error', kit.t.errors.invalidInput);
      return c.html(
        hardshipPage(kit, { csrf: c.get('form')('hardship'), result, invalid: true }),
        400,
      );
    }
    await reportHardship(deps, c.get('session'), {
      category: input.data.category,
      ...(input.data.note === undefined ? {} : { note: input.data.note }),
    });
    const text =
      input.data.category === 'dispute' ? kit.t.hardship.doneDispute : kit.t.hardship.done;
    return c.html(outcomePage(kit, kit.t.hardship.title, notice('success', text)));
  });

  app.get('/preferences', (c) =>
    c.html(preferencesPage(c.get('kit'), c.get('session'), { csrf: c.get('form')('preferences') })),
  );

  app.post('/preferences', async (c) => {
    const kit = c.get('kit');
    const session = c.get('session');
    const csrf = c.get('form')('preferences');
    const values = formValues(await c.req.parseBody({ all: true }));
    const input = preferencesForm.safeParse(values);
    if (!input.success) {
      const text = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);
      const allowed = values.channel ?? [];
      const draft = {
        allowed: typeof allowed === 'string' ? [allowed] : allowed,
        ...(text(values.from) ? { from: text(values.from) } : {}),
        ...(text(values.to) ? { to: text(values.to) } : {}),
        ...(text(values.locale) ? { locale: text(values.locale) } : {}),
      };
      const refused = { draft, problems: preferencesProblems(input.error) };
      return c.html(preferencesPage(kit, session, { csrf, refused }), 400);
    }
    const { channel, from, to, locale } = input.data;
    // "en-GB" stays "en-GB" when English is chosen again.
    const keepTag = session.borrower.locale.split('-')[0] === locale;
    const saved = await savePreferences(deps, session, {
      allowed: channel,
      window: from && to ? { start: from, end: to } : null,
      locale: keepTag ? session.borrower.locale : locale,
    });
    const fresh = (await loadSession(deps.db, deps.journeys, session.enrollmentId)) ?? session;
    const offered = Object.values(session.borrower.channels).filter((c) => c?.address).length;
    const text =
      saved.optedOut.length === offered && offered > 0
        ? `${kit.t.preferences.saved} ${kit.t.preferences.allOff}`
        : kit.t.preferences.saved;
    return c.html(preferencesPage(kit, fresh, { csrf, result: notice('success', text) }));
  });

  return app;
}
