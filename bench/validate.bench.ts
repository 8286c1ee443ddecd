// How long validating and compiling a large journey takes: the editor validates on every edit
// and the runtime compiles on publish. Baseline: zod's structural parse of the same document
// alone, the floor any validation must pay.
import { generateJourney } from './lib/generate-journey';
import { measureEach, summarize } from './lib/measure';
import {
  formatMs,
  formatRatio,
  printHeader,
  printTable,
  printVerdict,
  statsHead,
  statsRow,
} from './lib/report';
import {
  builtInCatalogue,
  compileJourney,
  fromGraph,
  journeySchema,
  toGraph,
  validateJourney,
} from './lib/tandem';

const NODES = 1000;
const TARGET_MS = 50;

printHeader(
  'validate',
  `validateJourney / compileJourney on a generated ${NODES.toLocaleString('en-US')}-node journey ` +
    `(en + vi Liquid texts, conditions, splits, loops); baseline journeySchema.safeParse`,
);

const doc = generateJourney(NODES);
const checked = validateJourney(doc, builtInCatalogue);
if (!checked.ok || !checked.journey) {
  console.error('the generated journey is invalid; the bench would time the wrong thing:');
  console.error(checked.problems.slice(0, 5));
  process.exit(1);
}
const journey = checked.journey;
const texts = JSON.stringify(doc).match(/\{\{/g)?.length ?? 0;
console.log(
  `journey: ${doc.nodes.length} nodes, ${toGraph(journey).edges.length} edges, ` +
    `${texts} Liquid output tags, ${(JSON.stringify(doc).length / 1024).toFixed(0)} KiB of JSON`,
);

const times = measureEach(
  {
    baseline: () => journeySchema.safeParse(doc),
    validate: () => validateJourney(doc, builtInCatalogue),
    // compileJourney runs validateJourney itself, then indexes the nodes: one call does both.
    compile: () => compileJourney(doc, builtInCatalogue),
    both: () => [validateJourney(doc, builtInCatalogue), compileJourney(doc, builtInCatalogue)],
    roundTrip: () => fromGraph(toGraph(journey)),
  },
  { warmup: 5, rounds: 30 },
);
const stats = (name: string) => summarize(times[name] ?? []);
const baseline = stats('baseline');
const validate = stats('validate');
const compile = stats('compile');
const both = stats('both');
const roundTrip = stats('roundTrip');

printTable(
  [...statsHead, 'vs baseline'],
  [
    [...statsRow('baseline: journeySchema.safeParse', baseline), '×1.00'],
    [...statsRow('validateJourney', validate), formatRatio(validate.median, baseline.median)],
    [
      ...statsRow('compileJourney (validate + index)', compile),
      formatRatio(compile.median, baseline.median),
    ],
    [
      ...statsRow('validateJourney, then compileJourney', both),
      formatRatio(both.median, baseline.median),
    ],
    [
      ...statsRow('info: fromGraph(toGraph(journey))', roundTrip),
      formatRatio(roundTrip.median, baseline.median),
    ],
  ],
);
console.log('ratios are of medians; lower is better');
printVerdict('compileJourney median', compile.median, TARGET_MS, formatMs);
printVerdict('validateJourney then compileJourney, median', both.median, TARGET_MS, formatMs);
