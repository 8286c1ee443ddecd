import type { components } from '../generated/api-types';

/**
 * The API's named schemas (as the responses carry them), e.g. `Schemas['Journey']`.
 * @example type Journey = Schemas['Journey'];
 */
export type Schemas = components['schemas'];
