// The requests the fuzz test sends for one OpenAPI operation: valid ones generated from its
// schemas, then the same broken on purpose (malformed.ts). Deterministic for a seed.
import fc from 'fast-check';
import { malformedBody, nastyStrings } from './malformed';
import { schemaArbitrary, type Components, type JsonSchema } from './schema-arbitrary';

export interface OperationSpec {
  method: string;
  path: string;
  parameters?: Array<{ name: string; in: string; required?: boolean; schema?: JsonSchema }>;
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

export interface FuzzRequest {
  label: string;
  url: string;
  method: string;
  contentType?: string;
  body?: string;
}

export interface FuzzCounts {
  valid: number;
  malformed: number;
}

/** Values for path parameters that exist in the seeded database, by path prefix and name. */
export type KnownParams = (path: string, name: string) => string | undefined;

// A lone surrogate cannot be percent-encoded; send the bytes a careless client would (CESU-8).
function encodeSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return encodeURIComponent(value.replace(/[\ud800-\udfff]/g, '')) + '%ED%A0%80';
  }
}

function urlFor(
  spec: OperationSpec,
  pathValues: Record<string, string>,
  query: Record<string, string>,
): string {
  const path = spec.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeSegment(pathValues[name] ?? 'x'),
  );
  const search = new URLSearchParams(query).toString();
  return search ? `${path}?${search}` : path;
}

const asParam = (value: unknown): string =>
  typeof value === 'string' ? value : JSON.stringify(value);

/**
 * The valid and malformed requests for one operation.
 * @example fuzzRequests(spec, components, known, 42, { valid: 5, malformed: 15 })
 */
export function fuzzRequests(
  spec: OperationSpec,
  components: Components,
  known: KnownParams,
  seed: number,
  counts: FuzzCounts,
): FuzzRequest[] {
  const sample = <T>(arbitrary: fc.Arbitrary<T>, numRuns: number, offset: number): T[] =>
    numRuns > 0 ? fc.sample(arbitrary, { seed: seed + offset, numRuns }) : [];
  const params = (spec.parameters ?? []).filter((p) => p.in === 'path' || p.in === 'query');
  const paramArb = fc.record(
    Object.fromEntries(
      params.map((p) => {
        const generated = schemaArbitrary(p.schema ?? { type: 'string' }, components).map(asParam);
        const existing = p.in === 'path' ? known(spec.path, p.name) : undefined;
        return [p.name, existing ? fc.oneof(fc.constant(existing), generated) : generated];
      }),
    ),
    { requiredKeys: params.filter((p) => p.in === 'path' || p.required).map((p) => p.name) },
  ) as fc.Arbitrary<Record<string, string>>;
  const split = (values: Record<string, string>) => {
    const path: Record<string, string> = {};
    const query: Record<string, string> = {};
    for (const p of params) {
      const value = values[p.name];
      if (value === undefined) continue;
      (p.in === 'path' ? path : query)[p.name] = value;
    }
    return { path, query };
  };
  const jsonSchema = spec.requestBody?.content?.['application/json']?.schema;
  const bodyArb = jsonSchema ? schemaArbitrary(jsonSchema, components) : fc.constant(undefined);
  const valid = sample(fc.tuple(paramArb, bodyArb), counts.valid, 0);
  const requests: FuzzRequest[] = valid.map(([values, body]) => {
    const { path, query } = split(values);
    return {
      label: 'valid',
      method: spec.method,
      url: urlFor(spec, path, query),
      ...(body === undefined
        ? {}
        : { contentType: 'application/json', body: JSON.stringify(body) }),
    };
  });
  // Broken parameters: one parameter set to a nasty string (or a path segment with one).
  if (params.length > 0) {
    const broken = sample(
      fc.tuple(paramArb, fc.constantFrom(...params), fc.constantFrom(...nastyStrings), bodyArb),
      Math.ceil(counts.malformed / 3),
      1,
    );
    for (const [values, param, bad, body] of broken) {
      const { path, query } = split({ ...values, [param.name]: bad });
      // Half with the valid body, half with none: a missing body is an input too.
      if (body !== undefined && requests.length % 2 === 0) {
        requests.push({
          label: `bad ${param.in} ${param.name}`,
          method: spec.method,
          url: urlFor(spec, path, query),
          contentType: 'application/json',
          body: JSON.stringify(body),
        });
        continue;
      }
      requests.push({
        label: `bad ${param.in} ${param.name}`,
        method: spec.method,
        url: urlFor(spec, path, query),
      });
    }
  }
  if (jsonSchema) {
    const broken = sample(
      fc
        .tuple(paramArb, bodyArb)
        .chain(([values, body]) => malformedBody(body).map((mutation) => ({ values, mutation }))),
      counts.malformed,
      2,
    );
    for (const { values, mutation } of broken) {
      const { path, query } = split(values);
      const url = urlFor(spec, path, query);
      requests.push(
        mutation.kind === 'json'
          ? {
              label: mutation.label,
              method: spec.method,
              url,
              contentType: 'application/json',
              body: JSON.stringify(mutation.value ?? null),
            }
          : {
              label: mutation.label,
              method: spec.method,
              url,
              contentType: mutation.contentType,
              body: mutation.text,
            },
      );
    }
  }
  return requests;
}
