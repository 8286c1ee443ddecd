import {
  eventNames,
  nodeCategories,
  type AnyNodeDefinition,
  type FactsView,
  type NodeReferences,
} from '@tandem/dsl';
import { factsFixture, sampleEvent } from '@tandem/dsl/testing';
import { describe, expect, it } from 'vitest';
import { nodeContext, possibleResults, stepViolations } from './node-harness';

export interface ConformanceOptions {
  /** More configs to run every check with (besides the defaults), e.g. one per mode. */
  configs?: unknown[];
  facts?: FactsView;
  now?: string;
}

/**
 * The suite every node in a catalogue passes, built-in or custom: its config defaults parse, its
 * ports agree with its config, its UI metadata is complete, and its engine behaviour gives a
 * valid answer to every input it can receive.
 * @example
 * describeNodeConformance(creditCheckNode, { configs: [{ bureau: 'equifax' }] });
 */
export function describeNodeConformance(
  definition: AnyNodeDefinition,
  options: ConformanceOptions = {},
): void {
  const now = options.now ?? '2026-03-02T03:00:00.000Z';
  const facts = options.facts ?? factsFixture();
  const configs = () => [
    definition.config.parse({}),
    ...(options.configs ?? []).map((c) => definition.config.parse(c)),
  ];
  const context = (config: unknown, at = now) =>
    nodeContext(definition, { config, now: at, enteredAt: now, facts });

  describe(`node "${definition.type}" conformance`, () => {
    it('has a valid type name and version', () => {
      expect(definition.type).toMatch(/^[a-zA-Z][a-zA-Z0-9]*(\.[a-zA-Z][a-zA-Z0-9]*)*$/);
      expect(Number.isInteger(definition.version) && definition.version >= 1).toBe(true);
    });

    it('parses an empty config into complete defaults (what the editor creates), idempotently', () => {
      const parsed = definition.config.safeParse({});
      expect(parsed.success, parsed.error?.message).toBe(true);
      const config = parsed.data;
      expect(definition.config.parse(config)).toEqual(config);
      expect(JSON.parse(JSON.stringify(config))).toEqual(config);
    });

    it('derives unique, named ports from its config', () => {
      for (const config of configs()) {
        const names = definition.ports(config).map((p) => p.name);
        expect(names.every((n) => n.trim().length > 0)).toBe(true);
        expect(new Set(names).size).toBe(names.length);
        expect(definition.ports(config)).toEqual(definition.ports(config));
      }
    });

    it('describes itself for the palette and the canvas', () => {
      const { ui } = definition;
      expect(ui.label.trim()).not.toBe('');
      expect(nodeCategories).toContain(ui.category);
      expect(ui.icon.trim()).not.toBe('');
      expect(ui.colour).toMatch(/^#[0-9a-f]{6}$/i);
      expect(ui.help.trim()).not.toBe('');
      for (const config of configs()) {
        if (ui.summary) expect(ui.summary(config).trim()).not.toBe('');
      }
    });

    it('finds no problem with its own default config', () => {
      expect(definition.check?.(definition.config.parse({})) ?? []).toEqual([]);
    });

    it('references only places that exist in its config', () => {
      for (const config of configs()) {
        const refs: NodeReferences = definition.references?.(config) ?? {};
        for (const ref of [...(refs.texts ?? []), ...(refs.conditions ?? [])]) {
          const value = ref.path.reduce<unknown>(
            (v, k) => (v as Record<string | number, unknown> | undefined)?.[k],
            config,
          );
          expect(value, `path ${ref.path.join('.')}`).toEqual(
            'text' in ref ? ref.text : ref.condition,
          );
        }
      }
    });

    it('answers entering with a valid step, the same one every time', () => {
      for (const config of configs()) {
        const first = definition.behaviour.enter(context(config));
        expect(stepViolations(definition, config, first, now)).toEqual([]);
        expect(definition.behaviour.enter(context(config))).toEqual(first);
      }
    });

    it('handles every timer it sets', () => {
      for (const config of configs()) {
        const entered = definition.behaviour.enter(context(config));
        if (entered.kind !== 'stay' || !entered.wakeAt) continue;
        expect(typeof definition.behaviour.onTimer, 'sets a timer but has no onTimer').toBe(
          'function',
        );
        const fired = definition.behaviour.onTimer!(context(config, entered.wakeAt), entered.state);
        expect(stepViolations(definition, config, fired, entered.wakeAt)).toEqual([]);
      }
    });

    it('answers every event with a valid step or ignores it', () => {
      for (const config of configs()) {
        const entered = definition.behaviour.enter(context(config));
        if (entered.kind !== 'stay') continue;
        for (const type of eventNames) {
          const event = sampleEvent(type, now);
          const verdict = definition.behaviour.vetEvent?.(context(config), entered.state, event);
          if (verdict) expect(typeof verdict.ok).toBe('boolean');
          const answer = definition.behaviour.onEvent?.(context(config), entered.state, event);
          expect(stepViolations(definition, config, answer, now), `on ${type}`).toEqual([]);
        }
      }
    });

    it('answers every possible result of its effects', () => {
      for (const config of configs()) {
        const entered = definition.behaviour.enter(context(config));
        if (entered.kind !== 'stay') continue;
        for (const effect of entered.effects ?? []) {
          for (const result of possibleResults(effect)) {
            const answer = definition.behaviour.onResult?.(context(config), entered.state, result);
            expect(
              stepViolations(definition, config, answer, now),
              `${effect.kind} ${JSON.stringify(result)}`,
            ).toEqual([]);
          }
        }
      }
    });

    it('gives its activity a contract the simulator can run', () => {
      const activity = definition.activity;
      if (!activity) return;
      expect(activity.name).toMatch(/^[a-zA-Z][\w.]*$/);
      for (const config of configs()) {
        const entered = definition.behaviour.enter(context(config));
        for (const effect of entered.effects ?? []) {
          if (effect.kind !== 'runActivity') continue;
          const input = activity.input.parse(effect.input);
          expect(activity.output.safeParse(activity.simulate(input)).success).toBe(true);
        }
      }
    });
  });
}
