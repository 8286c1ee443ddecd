import {
  emptyCounters,
  enrollmentFactsSchema,
  linkKinds,
  pickLocale,
  type EnrollmentFacts,
  type FactsView,
  lenderFacts,
  sampleLender,
} from '@tandem/dsl';

// The repository's sample borrowers (examples/borrowers), bundled at build time.
const files = import.meta.glob<{ default: unknown }>('../../../../examples/borrowers/*.json', {
  eager: true,
});

export interface SampleBorrower {
  /** File name without extension, e.g. "lan-vi". */
  key: string;
  facts: EnrollmentFacts;
}

/** Every sample borrower that parses, sorted by key. */
export const sampleBorrowers: readonly SampleBorrower[] = Object.entries(files)
  .flatMap(([path, module]) => {
    const parsed = enrollmentFactsSchema.safeParse(module.default);
    const key =
      path
        .split('/')
        .pop()
        ?.replace(/\.json$/, '') ?? path;
    return parsed.success ? [{ key, facts: parsed.data }] : [];
  })
  .sort((a, b) => a.key.localeCompare(b.key));

/** Pretend links for previews: the runtime signs real ones when it sends. */
export function previewLinks(): FactsView['links'] {
  const base = 'https://portal.example/preview';
  return Object.fromEntries(
    linkKinds.map((kind) => [kind, kind === 'portal' ? base : `${base}/${kind}`]),
  ) as FactsView['links'];
}

/** What a template sees for a borrower at enrollment (counters at zero, preview links). */
export function previewFacts(facts: EnrollmentFacts): FactsView {
  return {
    borrower: facts.borrower,
    account: facts.account,
    journey: { ...emptyCounters(), lastEvent: null, daysInJourney: 0 },
    links: previewLinks(),
    // A sample lender, so `{{ lender.* }}` shows what it will say; sends use the real settings.
    lender: lenderFacts(sampleLender, facts.borrower.locale),
  };
}

/**
 * The sample borrower to preview a message in `locale` with: one who reads that language if
 * there is one, else the first sample with its locale set to it.
 */
export function sampleFor(locale: string, locales: readonly string[]): EnrollmentFacts {
  const reader = sampleBorrowers.find(
    (s) => pickLocale(s.facts.borrower.locale, locales, '') === locale,
  );
  if (reader) return reader.facts;
  const first = sampleBorrowers[0]?.facts ?? fallbackBorrower;
  return { ...first, borrower: { ...first.borrower, locale } };
}

const fallbackBorrower: EnrollmentFacts = enrollmentFactsSchema.parse({
  borrower: {
    id: 'b-sample',
    firstName: 'Alex',
    locale: 'en',
    timezone: 'Europe/London',
    country: 'GB',
  },
  account: { amountDue: 250, currency: 'GBP', dueDate: '2026-03-05' },
});
