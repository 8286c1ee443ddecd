import { readFileSync } from 'node:fs';
import { compileJourneyOrThrow, persona, personaNames, simulate } from '@tandem/dsl';
import { builtInCatalogue } from '@tandem/nodes';
const [file, who, pname] = process.argv.slice(2);
const j = compileJourneyOrThrow(JSON.parse(readFileSync(`examples/${file}.journey.json`, 'utf8')), builtInCatalogue);
const facts = JSON.parse(readFileSync(`examples/borrowers/${who}.json`, 'utf8'));
for (const name of pname ? [pname] : personaNames) {
  const r = simulate({ journey: j, facts, persona: persona(name)!, start: '2026-03-02T09:00:00Z', days: 30 });
  console.log(`\n=== ${name}: ${r.outcome}`);
  for (const e of r.timeline) if (e.kind !== 'waiting') console.log(e.localTime, e.nodeId, e.kind, e.port ?? e.event ?? e.channel ?? '', (e.text ?? e.reason ?? '').slice(0, 110));
}
