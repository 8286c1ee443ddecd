import type { Schemas } from '@tandem/api-client';

// The journeys API's answers (docs/api.md), as the OpenAPI document types them
// (@tandem/api-client).

export type Problem = Schemas['Problem'];
export type VersionSummary = Schemas['JourneyVersionSummary'];
export type StoredJourney = Schemas['Journey'];
export type JourneyListItem = Schemas['JourneyList']['journeys'][number];
export type Published = Schemas['PublishedVersion'];
export type ApiDiff = Schemas['JourneyDiff']['diff'];
export type JourneyDocument = Schemas['JourneyDocument'];
