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

// Templates are remembered by their text (the editor re-validates with nearly every text
// unchanged), so the cases above are warm after their first round. The cold case compiles, each
// round, a journey whose every text is new: a first publish, or a first open in the editor.
const WARMUP = 5;
const ROUNDS = 30;
const coldDocs = Array.from({ length: WARMUP + ROUNDS }, (_, i) =>
  generateJourney(NODES, `cold${i}-`),
);
let coldRound = 0;

const times = measureEach(
  {
    baseline: () => journeySchema.safeParse(doc),
    validate: () => validateJourney(doc, builtInCatalogue),
    // compileJourney runs validateJourney itself, then indexes the nodes: one call does both.
    compile: () => compileJourney(doc, builtInCatalogue),
    both: () => [validateJourney(doc, builtInCatalogue), compileJourney(doc, builtInCatalogue)],
    roundTrip: () => fromGraph(toGraph(journey)),
  },
  { warmup: WARMUP, rounds: ROUNDS },
);
// Measured apart, after the warm cases: its texts would push the warm journey's out of the cache
// in between, which an editor working on one journey does not do. Interleaved with its own baseline.
const coldTimes = measureEach(
  {
    baseline: () => journeySchema.safeParse(doc),
    compileCold: () => compileJourney(coldDocs[coldRound++] ?? doc, builtInCatalogue),
  },
  { warmup: WARMUP, rounds: ROUNDS },
);
const stats = (name: string) => summarize(times[name] ?? coldTimes[name] ?? []);
const baseline = stats('baseline');
const validate = stats('validate');
const compile = stats('compile');
const both = stats('both');
const roundTrip = stats('roundTrip');
const compileCold = stats('compileCold');

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
      ...statsRow('compileJourney, cold: every text new', compileCold),
      formatRatio(compileCold.median, baseline.median),
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
printVerdict('compileJourney cold median', compileCold.median, TARGET_MS, formatMs);
printVerdict('validateJourney then compileJourney, median', both.median, TARGET_MS, formatMs);
