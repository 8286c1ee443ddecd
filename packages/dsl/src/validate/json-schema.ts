import type { Catalogue } from '../catalogue/catalogue';

/** STUB: the JSON Schema of journey/v1 with every catalogue node's config (for Monaco and tools). */
export function journeyJsonSchema(catalogue: Catalogue): Record<string, unknown> {
  void catalogue;
  throw new Error('not implemented');
}
