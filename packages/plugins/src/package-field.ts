// The `tandem` field of a node package's package.json: where its two halves (and, optionally,
// its activity implementations) live. See docs/node-definition-shape.md.
import { z } from 'zod';

const entry = z
  .string()
  .regex(/^\.\//, 'a path relative to the package, starting with "./"')
  .regex(/\.[cm]?[jt]sx?$/, 'a module file (.ts or .js)');

export const nodePackageJsonSchema = z.object({
  name: z.string(),
  version: z.string(),
  tandem: z
    .object({
      /** Node definitions for the API, CLI, editor and simulator (zod allowed). */
      schema: entry,
      /** Node definitions for the workflow bundle (the engine's handlers). */
      behaviour: entry,
      /** Worker-side implementations of the packages' activity contracts, by contract name. */
      activities: entry.optional(),
    })
    .strict(),
});

export type NodePackageJson = z.infer<typeof nodePackageJsonSchema>;
