// A custom node's activity: the implementation the deployment registered under the contract's
// name, with its input and output checked against the contract's schemas.
import type { JsonValue } from '@tandem/dsl';
import { runtimeCatalogue } from '../node-catalogue';
import type { ActivityDeps } from './deps';
import { invalidConfiguration } from './errors';
import type { RunCustomNodeInput } from './types';

export function runCustomNodeActivity(deps: ActivityDeps, catalogue = runtimeCatalogue) {
  return async function runCustomNode({ command }: RunCustomNodeInput): Promise<JsonValue> {
    const contract = catalogue.definitions.find(
      (d) => d.activity?.name === command.activity,
    )?.activity;
    if (!contract)
      throw invalidConfiguration(
        `node ${command.nodeId}: no node declares activity "${command.activity}"`,
      );
    const implementation = deps.customActivities?.[command.activity];
    if (!implementation) {
      throw invalidConfiguration(
        `node ${command.nodeId}: this worker has no implementation of "${command.activity}"`,
      );
    }
    const input = contract.input.safeParse(command.input);
    if (!input.success)
      throw invalidConfiguration(`node ${command.nodeId}: activity input: ${input.error.message}`);
    const output = contract.output.safeParse(await implementation(input.data as never));
    if (!output.success) {
      throw invalidConfiguration(
        `node ${command.nodeId}: activity output: ${output.error.message}`,
      );
    }
    return JSON.parse(JSON.stringify(output.data ?? null)) as JsonValue;
  };
}
