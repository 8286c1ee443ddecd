import type { RouteModule } from '../app';

/** Every route module of the API, in the order they appear in the OpenAPI document. */
export const apiRoutes: RouteModule[] = [];
