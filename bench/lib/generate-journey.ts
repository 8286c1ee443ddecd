import type { JourneyInput } from './tandem';

type NodeInput = JourneyInput['nodes'][number];

/** The nodes of one block of the generated journey (12 of them). */
const blockSize = 12;

/**
 * en + vi texts with Liquid variables; `n` makes every text distinct, as in a real journey, and
 * `variant` (see generateJourney) makes them distinct from another generated journey's.
 */
let variant = '';
const texts = (n: number, what: string) => ({
  en: `Hi {{ borrower.firstName }}, ${what} (#${variant}${n}): {{ account.amountDue | money }} was due on {{ account.dueDate | date }}. {{ links.portal }}`,
  vi: `Chào {{ borrower.firstName }}, ${what} (#${variant}${n}): khoản {{ account.amountDue | money }} đến hạn ngày {{ account.dueDate | date }}. {{ links.portal }}`,
});

/**
 * One block: remind → wait → promiseToPay, then an offer, a branch on facts, an A/B split with
 * a lesson on one arm, an escalation that loops back to the wait (a cycle through waiting
 * nodes, which is allowed) and four ends. Every port is connected; `next` is the block after.
 */
function block(i: number, next: string): NodeInput[] {
  const id = (name: string) => `b${i}-${name}`;
  return [
    {
      id: id('remind'),
      type: 'remind',
      config: { channel: 'sms', fallbackChannel: 'email', message: texts(i, 'a reminder') },
      next: { sent: id('wait'), failed: id('branch') },
    },
    { id: id('wait'), type: 'wait', config: { for: 'P2D' }, next: { done: id('promise') } },
    {
      id: id('promise'),
      type: 'promiseToPay',
      config: {
        message: texts(i, 'pick a date'),
        reminder: texts(i, 'your date is tomorrow'),
        confirmation: texts(i, 'thanks for your date'),
      },
      next: { kept: id('end-kept'), broken: id('escalate'), noResponse: id('offer') },
    },
    {
      id: id('offer'),
      type: 'offerPlan',
      config: {
        message: texts(i, 'a plan may help'),
        options: [
          { label: '3 months', instalments: 3 },
          { label: '6 months', instalments: 6, minInstalment: 10 },
        ],
      },
      next: { accepted: id('end-plan'), declined: id('end-open'), noResponse: id('branch') },
    },
    {
      id: id('branch'),
      type: 'branch',
      config: {
        rules: [
          { port: 'late30', when: { fact: 'account.daysPastDue', op: 'gte', value: 30 } },
          {
            port: 'careful',
            when: {
              any: [
                { fact: 'borrower.attributes.vulnerable', op: 'eq', value: true },
                {
                  all: [
                    { fact: 'account.amountDue', op: 'gt', value: 1000 },
                    { not: { fact: 'borrower.segment', op: 'in', value: ['prime', 'gold'] } },
                  ],
                },
              ],
            },
          },
        ],
      },
      next: { late30: id('escalate'), careful: id('end-agent'), else: id('split') },
    },
    {
      id: id('split'),
      type: 'split',
      config: {
        variants: [
          { name: 'warm', weight: 50 },
          { name: 'lesson', weight: 50 },
        ],
      },
      next: { warm: next, lesson: id('lesson') },
    },
    {
      id: id('lesson'),
      type: 'educationLesson',
      config: { message: texts(i, 'a 2-minute video') },
      next: { watched: next, notWatched: next },
    },
    {
      id: id('escalate'),
      type: 'escalate',
      config: { queue: 'collections', outcomes: ['agreed', 'noContact'], timeout: 'P3D' },
      next: { agreed: id('end-agent'), noContact: id('wait'), timeout: next },
    },
    { id: id('end-kept'), type: 'end', config: { outcome: 'promiseKept' } },
    { id: id('end-plan'), type: 'end', config: { outcome: 'plan' } },
    { id: id('end-agent'), type: 'end', config: { outcome: 'handedToAgent' } },
    { id: id('end-open'), type: 'end', config: { outcome: 'noResolution' } },
  ];
}

/**
 * A valid journey of exactly `nodeCount` nodes (at least 2) with a realistic mix of node types,
 * en + vi Liquid messages, branch conditions, splits, a loop per block and an editor layout,
 * so every validation pass has work to do. Blocks chain into each other; the remainder is a
 * tail of reminders before the final end.
 * @example validateJourney(generateJourney(1000), builtInCatalogue).ok // true
 */
export function generateJourney(nodeCount: number, textVariant = ''): JourneyInput {
  if (nodeCount < 2) throw new RangeError('a generated journey needs at least 2 nodes');
  // A text cache (templates are remembered by their text) must not see these texts before:
  // the cold case of the validate bench gives each round its own variant.
  variant = textVariant;
  const blocks = Math.floor((nodeCount - 1) / blockSize);
  const tail = nodeCount - 1 - blocks * blockSize;
  const tailId = (t: number) => (t < tail ? `tail-${t}` : 'done');
  const blockStart = (i: number) => (i < blocks ? `b${i}-remind` : tailId(0));
  const nodes: NodeInput[] = [];
  for (let i = 0; i < blocks; i++) nodes.push(...block(i, blockStart(i + 1)));
  for (let t = 0; t < tail; t++) {
    nodes.push({
      id: tailId(t),
      type: 'remind',
      config: { message: texts(blocks + t, 'still here to help') },
      next: { sent: tailId(t + 1), failed: tailId(t + 1) },
    });
  }
  nodes.push({ id: 'done', type: 'end', config: { outcome: 'noResolution' } });
  return {
    dsl: 'journey/v1',
    id: `generated-${nodeCount}`,
    name: `Generated journey of ${nodeCount} nodes`,
    locales: ['en', 'vi'],
    defaultLocale: 'en',
    policy: {
      sendWindow: {
        start: '09:00',
        end: '20:00',
        days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
      },
      caps: [{ channel: 'any', max: 3, per: 'P7D' }],
    },
    start: blockStart(0),
    nodes,
    layout: Object.fromEntries(
      nodes.map((node, index) => [
        node.id,
        { x: (index % 12) * 280, y: Math.floor(index / 12) * 160 },
      ]),
    ),
  };
}
