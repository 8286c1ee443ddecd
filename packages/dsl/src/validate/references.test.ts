import { describe, expect, it } from 'vitest';
import { createCatalogue } from '../catalogue/catalogue';
import type { AnyNodeDefinition } from '../catalogue/node-definition';
import type { LocalizedText } from '../journey/primitives';
import { endNode, fakeCatalogue, journeyWith, sendNode, withoutArgs } from './test-fixtures';
import type { FixtureNode } from './test-fixtures';
import { validateJourney } from './validate-journey';

const problemsOf = (doc: unknown) => withoutArgs(validateJourney(doc, fakeCatalogue).problems);
const end: FixtureNode = { id: 'end', type: 'end' };
const send = (
  message: Record<string, string>,
  extra: Record<string, unknown> = {},
): FixtureNode => ({
  id: 'hello',
  type: 'send',
  config: { channel: 'email', message, ...extra },
  next: { sent: 'end' },
});
const branch = (when: unknown): FixtureNode => ({
  id: 'check',
  type: 'branch',
  config: { rules: [{ port: 'late', when }] },
  next: { late: 'end', else: 'end' },
});

describe('texts and facts', () => {
  it('reports MISSING_LOCALE at the text, naming the missing language', () => {
    const doc = journeyWith([send({ en: 'Hi' }), end]);
    expect(problemsOf(doc)).toEqual([
      {
        code: 'MISSING_LOCALE',
        severity: 'error',
        message:
          'Node "hello", config.message has no "vi" text: write it in every language of the journey (en, vi).',
        nodeId: 'hello',
        path: ['nodes', 0, 'config', 'message'],
      },
    ]);
  });

  it('reports a blank text as missing, at that language', () => {
    const doc = journeyWith([send({ en: 'Hi', vi: '  ' }), end]);
    expect(problemsOf(doc)).toEqual([
      {
        code: 'MISSING_LOCALE',
        severity: 'error',
        message:
          'Node "hello", config.message has an empty "vi" text: write it in every language of the journey (en, vi).',
        nodeId: 'hello',
        path: ['nodes', 0, 'config', 'message', 'vi'],
      },
    ]);
  });

  it('checks every text a node refers to, one problem per missing language', () => {
    const doc = journeyWith([send({ en: 'Hi', vi: 'Chào' }, { subject: { fr: 'Bonjour' } }), end]);
    expect(
      problemsOf(doc).map((p) => [p.code, p.path, p.message.match(/"(\w+)" text/)?.[1]]),
    ).toEqual([
      ['MISSING_LOCALE', ['nodes', 0, 'config', 'subject'], 'en'],
      ['MISSING_LOCALE', ['nodes', 0, 'config', 'subject'], 'vi'],
    ]);
  });

  it('does not compare texts with a locale list that is itself broken', () => {
    const doc = journeyWith([send({ en: 'Hi' }), end], { locales: ['en', 'Vietnamese'] });
    expect(problemsOf(doc).map((p) => p.code)).toEqual(['SCHEMA']);
  });

  it('reports TEMPLATE_SYNTAX at the template, with where Liquid stopped', () => {
    const doc = journeyWith([send({ en: 'Hi {{ borrower.firstName }', vi: 'Chào' }), end]);
    const problems = problemsOf(doc);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: 'TEMPLATE_SYNTAX',
      severity: 'error',
      nodeId: 'hello',
      path: ['nodes', 0, 'config', 'message', 'en'],
    });
    expect(problems[0]?.message).toMatch(
      /^Node "hello", config\.message\.en: the template does not parse at line 1, column \d+ \(.+\)\. Check its \{\{ … \}\} and \{% … %\} tags\.$/,
    );
  });

  it('reports UNKNOWN_FACT in a template with the fact it was probably meant to be', () => {
    const doc = journeyWith([
      send({ en: 'Hi {{ borower.firstName }}', vi: 'Chào {{ borrower.firstName }}' }),
      end,
    ]);
    expect(problemsOf(doc)).toEqual([
      {
        code: 'UNKNOWN_FACT',
        severity: 'error',
        message:
          'Node "hello", config.message.en: "borower.firstName" is not a fact. Did you mean "borrower.firstName"?',
        nodeId: 'hello',
        path: ['nodes', 0, 'config', 'message', 'en'],
      },
    ]);
  });

  it('accepts links, lender attributes and every catalogued fact', () => {
    const text =
      '{{ links.pay }} {{ links.lesson }} {{ borrower.attributes.tier }} {{ account.dueDate | date }} {{ journey.promisesBroken }}';
    expect(problemsOf(journeyWith([send({ en: text, vi: text }), end]))).toEqual([]);
  });

  it('rejects a link kind that does not exist and a group named as a value', () => {
    const doc = journeyWith([send({ en: '{{ links.pai }} {{ account }}', vi: 'Chào' }), end]);
    expect(problemsOf(doc).map((p) => p.message)).toEqual([
      'Node "hello", config.message.en: "links.pai" is not a fact. Did you mean "links.pay"?',
      'Node "hello", config.message.en: "account" is not a fact. It is a group of facts, not a value: name one of them, e.g. "account.id", "account.amountDue", "account.currency", "account.dueDate".',
    ]);
  });

  it('reports UNKNOWN_FACT in a condition at the fact key, however deep', () => {
    const doc = journeyWith([
      branch({
        all: [
          { fact: 'account.daysPastDue', op: 'gte', value: 30 },
          { not: { fact: 'borrower.segmnet', op: 'eq', value: 'vip' } },
        ],
      }),
      end,
    ]);
    expect(problemsOf(doc)).toEqual([
      {
        code: 'UNKNOWN_FACT',
        severity: 'error',
        message:
          'Node "check", config.rules[0].when.all[1].not.fact: "borrower.segmnet" is not a fact. Did you mean "borrower.segment"?',
        nodeId: 'check',
        path: ['nodes', 0, 'config', 'rules', 0, 'when', 'all', 1, 'not', 'fact'],
      },
    ]);
  });

  it('skips a text a node passes as undefined (an optional field left out)', () => {
    const careless: AnyNodeDefinition = {
      ...sendNode,
      type: 'acme.careless',
      references: (config) => ({
        texts: [
          { path: ['message'], text: (config as { message: LocalizedText }).message },
          { path: ['subject'], text: undefined as unknown as LocalizedText },
        ],
      }),
    };
    const catalogue = createCatalogue([careless, endNode]);
    const doc = journeyWith([{ ...send({ en: 'Hi', vi: 'Chào' }), type: 'acme.careless' }, end]);
    expect(validateJourney(doc, catalogue).problems).toEqual([]);
  });

  it('reports the same mistake in every node that makes it', () => {
    const doc = journeyWith([
      { ...send({ en: '{{ borrower.name }}', vi: 'Chào' }), next: { sent: 'again' } },
      { ...send({ en: '{{ borrower.name }}', vi: 'Chào' }), id: 'again' },
      end,
    ]);
    expect(problemsOf(doc).map((p) => [p.code, p.nodeId])).toEqual([
      ['UNKNOWN_FACT', 'hello'],
      ['UNKNOWN_FACT', 'again'],
    ]);
  });

  it('refuses include, render and layout at the text, with TEMPLATE_TAG', () => {
    const doc = journeyWith([send({ en: 'Hi {% include "footer" %}', vi: 'Chào' }), end]);
    expect(problemsOf(doc)).toEqual([
      {
        code: 'TEMPLATE_TAG',
        severity: 'error',
        message:
          'Node "hello", config.message.en: {% include %} cannot be used here (a message cannot load other templates); write the text in place.',
        nodeId: 'hello',
        path: ['nodes', 0, 'config', 'message', 'en'],
      },
    ]);
  });

  it('refuses a text whose loops render past the channel limit, with TEMPLATE_TOO_LONG', () => {
    const loops = '{% for i in (1..999) %}{% for j in (1..999) %}x{% endfor %}{% endfor %}';
    const sms = journeyWith([
      send({ en: 'Hi', vi: '{% for i in (1..200) %}xxxxxxxxxx{% endfor %}' }, { channel: 'sms' }),
      end,
    ]);
    expect(problemsOf(sms).map((p) => [p.code, p.path.join('.'), p.message])).toEqual([
      [
        'TEMPLATE_TOO_LONG',
        'nodes.0.config.message.vi',
        'Node "hello", config.message.vi: the text renders to 14 SMS segments; the limit is 10.',
      ],
    ]);
    const email = journeyWith([send({ en: loops, vi: 'Chào' }), end]);
    expect(problemsOf(email).map((p) => p.code)).toEqual(['TEMPLATE_TOO_LONG']);
  });
});
