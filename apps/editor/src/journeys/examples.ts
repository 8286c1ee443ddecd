// The repository's example journeys (examples/*.journey.json), bundled at build time, for
// "create from an example".
const files = import.meta.glob<{ default: unknown }>('../../../../examples/*.journey.json', {
  eager: true,
});

export interface ExampleJourney {
  id: string;
  name: string;
  description: string;
  document: Record<string, unknown>;
}

const asRecord = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};

export const exampleJourneys: readonly ExampleJourney[] = Object.values(files)
  .map((module) => {
    const document = asRecord(module.default);
    return {
      id: typeof document.id === 'string' ? document.id : 'example',
      name: typeof document.name === 'string' ? document.name : 'Example',
      description: typeof document.description === 'string' ? document.description : '',
      document,
    };
  })
  .sort((a, b) => a.name.localeCompare(b.name));
