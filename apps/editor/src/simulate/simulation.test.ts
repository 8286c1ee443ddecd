import { builtInCatalogue } from '@tandem/nodes';
import { describe, expect, it } from 'vitest';
import { pathOf, runSimulation } from './simulation';
import { exampleJourneys } from '../journeys/examples';
import { sampleBorrowers } from './sample-borrowers';

const ladder = exampleJourneys.find((e) => e.id === 'first-time-borrower')!.document;
const lan = sampleBorrowers.find((s) => s.key === 'lan-vi')!.facts;

describe('runSimulation', () => {
  it('runs a persona through the journey with texts in the borrower’s language', () => {
    const run = runSimulation({
      document: ladder,
      catalogue: builtInCatalogue,
      personaName: 'promisesAndBreaks',
      facts: lan,
      start: '2026-03-01T09:00:00Z',
    });
    if (!run.ok) throw new Error(run.message);
    const sent = run.result.timeline.filter((e) => e.kind === 'sent');
    expect(sent.length).toBeGreaterThan(0);
    expect(sent[0]?.text).toMatch(/^Chào Lan/);
    expect(sent[0]?.localTime).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  });

  it('refuses a journey with errors and lists them', () => {
    const broken = { ...ladder, start: 'nowhere' };
    const run = runSimulation({
      document: broken,
      catalogue: builtInCatalogue,
      personaName: 'silent',
      facts: lan,
      start: '2026-03-01T09:00:00Z',
    });
    expect(run.ok).toBe(false);
    if (!run.ok) expect(run.problems.map((p) => p.code)).toContain('UNKNOWN_START');
  });

  it('turns a timeline into the nodes visited and the ports taken', () => {
    const path = pathOf([
      { at: 'a', localTime: 'a', nodeId: 'wait', kind: 'waiting' },
      { at: 'b', localTime: 'b', nodeId: 'wait', kind: 'exit', port: 'done' },
      { at: 'b', localTime: 'b', nodeId: 'hello', kind: 'sent', text: 'Hi' },
      { at: 'c', localTime: 'c', nodeId: null, kind: 'event', event: 'payment.settled' },
    ]);
    expect([...path.nodes]).toEqual(['wait', 'hello']);
    expect([...path.edges]).toEqual(['wait:done']);
  });
});
