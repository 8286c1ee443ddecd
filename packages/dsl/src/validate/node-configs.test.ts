import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createCatalogue } from '../catalogue/catalogue';
import type { AnyNodeDefinition } from '../catalogue/node-definition';
import { endNode, fakeCatalogue, journeyWith, waitNode, withoutArgs } from './test-fixtures';
import { validateJourney } from './validate-journey';

const problemsOf = (doc: unknown, catalogue = fakeCatalogue) =>
  withoutArgs(validateJourney(doc, catalogue).problems);

const end = { id: 'end', type: 'end' };

describe('node types and configs', () => {
  it('reports UNKNOWN_NODE_TYPE at the type, with the likely type and every known one', () => {
    const doc = journeyWith([
      { id: 'hello', type: 'wiat', config: { for: 'P1D' }, next: { done: 'end' } },
      end,
    ]);
    expect(problemsOf(doc)).toEqual([
      {
        code: 'UNKNOWN_NODE_TYPE',
        severity: 'error',
        message:
          'Node "hello": there is no node type "wiat". Did you mean "wait"? Known types: wait, send, branch, split, waitForEvent, end.',
        nodeId: 'hello',
        path: ['nodes', 0, 'type'],
      },
    ]);
  });

  it('reports INVALID_CONFIG at the path inside the config, with the schema message', () => {
    const doc = journeyWith([
      { id: 'hello', type: 'wait', config: { for: '2 days' }, next: { done: 'end' } },
      end,
    ]);
    expect(problemsOf(doc)).toEqual([
      {
        code: 'INVALID_CONFIG',
        severity: 'error',
        message:
          'Node "hello", config.for: use an ISO 8601 duration such as "P2D" (2 days) or "PT4H" (4 hours)',
        nodeId: 'hello',
        path: ['nodes', 0, 'config', 'for'],
      },
    ]);
  });

  it('reports a missing config field and an unknown one each at their own path', () => {
    const doc = journeyWith([
      { id: 'hello', type: 'wait', config: { fr: 'P1D' }, next: { done: 'end' } },
      end,
    ]);
    expect(problemsOf(doc).map((p) => [p.code, p.path, p.message])).toEqual([
      [
        'INVALID_CONFIG',
        ['nodes', 0, 'config', 'for'],
        'Node "hello", config: "for" is missing; add it.',
      ],
      [
        'INVALID_CONFIG',
        ['nodes', 0, 'config', 'fr'],
        'Node "hello", config: unknown field "fr"; remove it or fix its spelling.',
      ],
    ]);
  });

  it('narrows a broken condition to the form it was meant to be', () => {
    const when = { any: [{ fact: 'account.daysPastDue', op: 'greater', value: 30 }] };
    const doc = journeyWith([
      {
        id: 'check',
        type: 'branch',
        config: { rules: [{ port: 'late', when }] },
        next: { late: 'end', else: 'end' },
      },
      end,
    ]);
    expect(problemsOf(doc)).toEqual([
      {
        code: 'INVALID_CONFIG',
        severity: 'error',
        message:
          'Node "check", config.rules[0].when.any[0].op: expected one of "eq"|"ne"|"gt"|"gte"|"lt"|"lte"|"in"|"contains"|"exists"',
        nodeId: 'check',
        path: ['nodes', 0, 'config', 'rules', 0, 'when', 'any', 0, 'op'],
      },
    ]);
  });

  it('lists the allowed forms when a condition matches none of them', () => {
    const doc = journeyWith([
      {
        id: 'check',
        type: 'branch',
        config: { rules: [{ port: 'late', when: {} }] },
        next: { late: 'end', else: 'end' },
      },
      end,
    ]);
    const [problem] = problemsOf(doc);
    expect(problem?.path).toEqual(['nodes', 0, 'config', 'rules', 0, 'when']);
    expect(problem?.message).toBe(
      'Node "check", config.rules[0].when: matches none of the allowed forms ("all" is missing | "any" is missing | "not" is missing | "fact" is missing)',
    );
  });

  it('reports an event name a config does not know as UNKNOWN_EVENT', () => {
    const doc = journeyWith([
      {
        id: 'listen',
        type: 'waitForEvent',
        config: { events: ['ptp.promised', 'plan.acepted'], timeout: 'P3D' },
        next: { 'ptp.promised': 'end', timeout: 'end' },
      },
      end,
    ]);
    expect(problemsOf(doc)).toEqual([
      {
        code: 'UNKNOWN_EVENT',
        severity: 'error',
        message:
          'Node "listen", config.events[1]: "plan.acepted" is not an event. Did you mean "plan.accepted"?',
        nodeId: 'listen',
        path: ['nodes', 0, 'config', 'events', 1],
      },
    ]);
  });

  it('tells an event that does not exist from a real event this field does not take', () => {
    const listen: AnyNodeDefinition = {
      ...waitNode,
      type: 'acme.listen',
      config: z.strictObject({ on: z.enum(['payment.received', 'ptp.promised']) }),
    };
    const catalogue = createCatalogue([listen, endNode]);
    const withEvent = (on: string) =>
      journeyWith([{ id: 'ear', type: 'acme.listen', config: { on }, next: { done: 'end' } }, end]);
    expect(problemsOf(withEvent('ptp.promsied'), catalogue)).toEqual([
      {
        code: 'UNKNOWN_EVENT',
        severity: 'error',
        message:
          'Node "ear", config.on: "ptp.promsied" is not an event. Did you mean "ptp.promised"?',
        nodeId: 'ear',
        path: ['nodes', 0, 'config', 'on'],
      },
    ]);
    expect(problemsOf(withEvent('dispute.opened'), catalogue)).toEqual([
      {
        code: 'INVALID_CONFIG',
        severity: 'error',
        message: 'Node "ear", config.on: expected one of "payment.received"|"ptp.promised"',
        nodeId: 'ear',
        path: ['nodes', 0, 'config', 'on'],
      },
    ]);
  });

  it("passes on a node's own check under SPLIT_WEIGHTS, located inside the config", () => {
    const doc = journeyWith([
      {
        id: 'ab',
        type: 'split',
        config: {
          variants: [
            { port: 'a', weight: 60 },
            { port: 'b', weight: 30 },
          ],
        },
        next: { a: 'end', b: 'end' },
      },
      end,
    ]);
    expect(problemsOf(doc)).toEqual([
      {
        code: 'SPLIT_WEIGHTS',
        severity: 'error',
        message: 'Node "ab": weights add up to 90, not 100',
        nodeId: 'ab',
        path: ['nodes', 0, 'config', 'variants'],
      },
    ]);
  });

  it("reports a custom node's own check code as NODE_CONFIG", () => {
    const retry: AnyNodeDefinition = {
      ...waitNode,
      type: 'acme.retry',
      config: z.strictObject({ times: z.number() }),
      check: (config) =>
        (config as { times: number }).times > 5
          ? [{ code: 'acme.tooMany', message: 'retry at most 5 times', path: ['times'] }]
          : [],
    };
    const catalogue = createCatalogue([retry, endNode]);
    const doc = journeyWith([
      { id: 'again', type: 'acme.retry', config: { times: 9 }, next: { done: 'end' } },
      end,
    ]);
    expect(problemsOf(doc, catalogue)).toEqual([
      {
        code: 'NODE_CONFIG',
        severity: 'error',
        message: 'Node "again": retry at most 5 times',
        nodeId: 'again',
        path: ['nodes', 0, 'config', 'times'],
      },
    ]);
  });

  it('turns a node definition that throws into a NODE_CONFIG problem instead of throwing', () => {
    const broken: AnyNodeDefinition = {
      ...waitNode,
      type: 'acme.broken',
      ports: () => {
        throw new Error('ports exploded');
      },
      references: () => {
        throw new Error('references exploded');
      },
    };
    const catalogue = createCatalogue([broken, endNode]);
    const doc = journeyWith([
      { id: 'boom', type: 'acme.broken', config: { for: 'P1D' }, next: { done: 'end' } },
      end,
    ]);
    const { ok, problems } = validateJourney(doc, catalogue);
    expect(ok).toBe(false);
    expect(problems).toEqual([
      {
        code: 'NODE_CONFIG',
        severity: 'error',
        message:
          'Node "boom": the "acme.broken" node type failed while checking its config (ports exploded). This is a bug in that node type; report it to its author.',
        nodeId: 'boom',
        path: ['nodes', 0, 'config'],
        args: { type: 'acme.broken', failed: 'yes' },
      },
    ]);
  });

  it('does not guess at ports when the config is invalid', () => {
    const doc = journeyWith([
      { id: 'ab', type: 'split', config: { variants: 'half and half' }, next: { a: 'end' } },
      end,
    ]);
    expect(problemsOf(doc).map((p) => p.code)).toEqual(['INVALID_CONFIG']);
  });
});
