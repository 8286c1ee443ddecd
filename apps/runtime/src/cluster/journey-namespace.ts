// A fresh Temporal server on Postgres has no namespace for Tandem and none of the search
// attributes the journey workflow sets (the dev server gets both from its flags). This registers
// them through the frontend's own API, once: a namespace or attribute already there is kept.
import { Connection } from '@temporalio/client';
import type { SearchAttributeType } from '@temporalio/common';
import { encodeSearchAttributeIndexedValueType } from '@temporalio/common/lib/search-attributes';
import { msToTs } from '@temporalio/common/lib/time';
import { journeySearchAttributeKeys } from '../workflows/search-attributes';

function valueType(type: SearchAttributeType) {
  const encoded = encodeSearchAttributeIndexedValueType(type);
  if (encoded === undefined) throw new Error(`no indexed value type for ${type}`);
  return encoded;
}

/** gRPC ALREADY_EXISTS */
const alreadyExists = (error: unknown) =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === 6;

/** True once the frontend answers (its services may still be joining the ring). */
export async function frontendAnswers(address: string): Promise<boolean> {
  let connection: Connection | undefined;
  try {
    connection = await Connection.connect({ address, connectTimeout: 2000 });
    await connection.workflowService.getSystemInfo({});
    return true;
  } catch {
    return false;
  } finally {
    await connection?.close();
  }
}

async function attempt(address: string, namespace: string, retentionDays: number): Promise<void> {
  const connection = await Connection.connect({ address, connectTimeout: 5000 });
  try {
    await connection.workflowService
      .registerNamespace({
        namespace,
        description: 'Tandem journeys',
        workflowExecutionRetentionPeriod: msToTs(retentionDays * 86_400_000),
      })
      .catch((error: unknown) => {
        if (!alreadyExists(error)) throw error;
      });
    // A new namespace reaches the frontend's cache a few seconds after it is registered.
    await connection.workflowService.describeNamespace({ namespace });
    const existing = await connection.operatorService.listSearchAttributes({ namespace });
    const missing = journeySearchAttributeKeys.filter(
      (key) => !(key.name in (existing.customAttributes ?? {})),
    );
    if (missing.length > 0) {
      await connection.operatorService.addSearchAttributes({
        namespace,
        searchAttributes: Object.fromEntries(missing.map((key) => [key.name, valueType(key.type)])),
      });
    }
  } finally {
    await connection.close();
  }
}

/** Registers the namespace and the journey search attributes, retrying while the server warms up. */
export async function registerJourneyNamespace(options: {
  address: string;
  namespace: string;
  retentionDays?: number;
  timeoutMs?: number;
}): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  for (;;) {
    try {
      await attempt(options.address, options.namespace, options.retentionDays ?? 30);
      return;
    } catch (error) {
      if (Date.now() > deadline) {
        throw new Error(
          `could not register the namespace "${options.namespace}" on ${options.address}: ${String(error)}`,
          { cause: error },
        );
      }
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}
