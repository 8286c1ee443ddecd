import type { RouteModule } from '../app';
import { journeysRoutes } from './journeys';

/** Every route module of the API, in the order they appear in the OpenAPI document. */
export const apiRoutes: RouteModule[] = [journeysRoutes];
