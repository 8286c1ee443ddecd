// @tandem/api-client: a typed client for Tandem's HTTP API, generated from its /openapi.json.
export type { components, operations, paths } from '../generated/api-types';
export { answer, type DataOf, type Outcome } from './answer';
export { ApiCallError, apiCallError, type ErrorBody } from './api-call-error';
export {
  createTandemClient,
  type TandemClient,
  type TandemClientOptions,
} from './create-tandem-client';
export type { Schemas } from './schemas';
