// The worker's side of the affordability check: a call to the lender's affordability service.
// Listed as `tandem.activities` in package.json, so only the worker imports it (never the
// editor or the workflow bundle). The service's address comes from the deployment's
// environment; the borrower's id and balance go in the request body, never in the URL.
import { z } from 'zod';
import type { affordabilityInput } from './affordability-check';
import { affordabilityOutput } from './affordability-check';

const serviceUrl = z
  .url({ message: 'ACME_AFFORDABILITY_URL: the address of the affordability service' })
  .transform((url) => url.replace(/\/$/, ''));

export async function checkAffordability(
  input: z.infer<typeof affordabilityInput>,
): Promise<z.infer<typeof affordabilityOutput>> {
  const base = serviceUrl.parse(process.env.ACME_AFFORDABILITY_URL);
  const response = await fetch(`${base}/affordability`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
    signal: AbortSignal.timeout(8_000),
  });
  // A failure throws: the runtime retries as the contract says, then the node exits by "unknown".
  if (!response.ok) throw new Error(`affordability service answered ${response.status}`);
  return affordabilityOutput.parse(await response.json());
}

export const activities = { 'acme.affordabilityCheck': checkAffordability };
